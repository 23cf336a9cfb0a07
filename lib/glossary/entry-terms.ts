// How an entry's terms are shown: the one that names the entry (heading, links) and the terms grouped by language.
// Pure: stored terms in, plain data out.
import { primaryLanguage } from "./term-variants";
import type { TermStatus } from "./types";

type NamedTerm = { language: string; text: string; status: TermStatus };

const rank: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, superseded: 3, forbidden: 4 };

/**
 * The term that names an entry for a reader of `language`: the best-rated term in that language, else the best-rated
 * term of the entry (ties: the first listed). Undefined when the entry has no terms.
 * @example entryName([{ language: "en", text: "Astana", status: "preferred" }, { language: "fr", text: "Astana", status: "preferred" }], "fr")
 * // { language: "fr", text: "Astana", status: "preferred" }
 */
export function entryName<T extends NamedTerm>(terms: readonly T[], language: string): T | undefined {
  const best = (list: readonly T[]) =>
    list.reduce<T | undefined>(
      (found, term) => (!found || rank[term.status] < rank[found.status] ? term : found),
      undefined,
    );
  const wanted = primaryLanguage(language);
  return best(terms.filter((term) => primaryLanguage(term.language) === wanted)) ?? best(terms);
}

/**
 * Terms grouped by language, the groups in the glossary's language order (others after, in order of appearance),
 * each group's terms in stored order.
 * @example groupByLanguage([{ language: "fr", … }, { language: "en", … }], ["en", "fr"]) // [{ language: "en", terms: […] }, { language: "fr", terms: […] }]
 */
export function groupByLanguage<T extends { language: string }>(
  terms: readonly T[],
  languageOrder: readonly string[],
): { language: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of terms) groups.set(term.language, [...(groups.get(term.language) ?? []), term]);
  const order = (language: string) => {
    const index = languageOrder.indexOf(language);
    return index === -1 ? languageOrder.length : index;
  };
  return [...groups.entries()]
    .map(([language, list]) => ({ language, terms: list }))
    .sort((a, b) => order(a.language) - order(b.language));
}
