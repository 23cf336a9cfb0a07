// What a concept becomes when an import is applied over it: the same pairing and the same "empty keeps the old
// value" rule as diffConcept, so that applying a plan writes exactly the changes its preview showed.
import type { Concept, LanguageDetails, Term } from "./types";

export type MergedConcept = {
  concept: Concept;
  /** For each term of the merged concept, the index of the existing term it updates, or null when it is added. */
  termOrigins: (number | null)[];
};

const termKey = (term: Term) => `${term.language.toLowerCase()}\u0000${term.text.normalize("NFC")}`;

const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;

/**
 * Applies `incoming` over `existing`: fields it gives win, fields it leaves out stay, terms it does not list stay.
 * @example mergeConcept({ note: "a", terms: [{ language: "en", text: "Astana", status: "admitted" }] },
 *   { terms: [{ language: "en", text: "Astana", status: "preferred" }] })
 * // { concept: { note: "a", terms: [{ language: "en", text: "Astana", status: "preferred" }] }, termOrigins: [0] }
 */
export function mergeConcept(existing: Concept, incoming: Concept): MergedConcept {
  // Transactions are history, which the app records itself (as diffConcept does, they are not compared).
  const { terms: incomingTerms, perLanguage: incomingLanguages, links: incomingLinks, ...rest } = incoming;
  const fields = { ...rest, transactions: undefined };
  const perLanguage: Record<string, LanguageDetails> = { ...existing.perLanguage };
  for (const [language, details] of Object.entries(incomingLanguages ?? {})) {
    perLanguage[language] = { ...perLanguage[language], ...defined(details) };
  }
  const targets = new Set((existing.links ?? []).map((link) => link.target));
  const links = [...(existing.links ?? []), ...(incomingLinks ?? []).filter((link) => !targets.has(link.target))];
  const terms = [...existing.terms];
  const termOrigins: (number | null)[] = existing.terms.map((_, index) => index);
  const unpaired = existing.terms.map((term, index) => ({ term, index }));
  for (const term of incomingTerms) {
    const same = unpaired.filter((known) => termKey(known.term) === termKey(term));
    const match = same.find((known) => known.term.grammaticalGender === term.grammaticalGender) ?? same[0];
    if (!match) {
      terms.push(term);
      termOrigins.push(null);
      continue;
    }
    unpaired.splice(unpaired.indexOf(match), 1);
    terms[match.index] = { ...match.term, ...defined(term), language: match.term.language, text: match.term.text };
  }
  const concept: Concept = { ...existing, ...defined(fields), id: existing.id, terms };
  if (Object.keys(perLanguage).length) concept.perLanguage = perLanguage;
  if (links.length) concept.links = links;
  return { concept, termOrigins };
}
