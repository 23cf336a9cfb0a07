// What a term's popover shows, cut down on the server to what the page can use: the concept's terms in the
// languages a popover can ask for, one definition in the language the reader is most likely to read, the glossary.
import { primaryLanguage } from "../glossary/term-variants";
import type { TermStatus } from "../glossary/types";
import { byStatus } from "./term-status";

export type TermCard = {
  conceptId: string;
  glossary: { name: string; slug: string };
  /** `language` null: given at concept level, in no particular language. */
  definition: { text: string; language: string | null } | null;
  terms: { language: string; text: string; status: TermStatus }[];
};

/** A concept as server/glossaries/queries.ts getConceptCards reads it. */
export type ConceptCardRow = {
  id: string;
  definition: string | null;
  perLanguage: unknown;
  glossary: { name: string; slug: string };
  terms: { language: string; text: string; status: TermStatus }[];
};

function perLanguageDefinitions(value: unknown): { language: string; text: string }[] {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([language, details]) => {
    const definition =
      details && typeof details === "object" ? (details as { definition?: unknown }).definition : undefined;
    return typeof definition === "string" && definition.trim() ? [{ language, text: definition }] : [];
  });
}

/**
 * The card of one concept. `languages`: whose terms to keep; `definitionLanguages`: the definition wanted, best first:
 * the first one's language section, else the concept-level definition (its language unknown, usually the source's),
 * else the others' sections in order, else any section's.
 * @example toTermCard(row, { languages: ["fr", "en"], definitionLanguages: ["en", "fr"] })
 * // { conceptId: row.id, glossary: row.glossary, definition: { text: "…", language: "en" }, terms: [fr and en terms] }
 */
export function toTermCard(
  row: ConceptCardRow,
  options: { languages: readonly string[]; definitionLanguages: readonly string[] },
): TermCard {
  const wanted = new Set(options.languages.map(primaryLanguage));
  const sections = perLanguageDefinitions(row.perLanguage);
  const sectionIn = (language: string) =>
    sections.find((section) => primaryLanguage(section.language) === primaryLanguage(language));
  const [first, ...others] = options.definitionLanguages;
  const conceptLevel = row.definition?.trim() ? { text: row.definition, language: null } : undefined;
  const definition =
    (first ? sectionIn(first) : undefined) ??
    conceptLevel ??
    others.map(sectionIn).find((section) => section !== undefined) ??
    sections[0] ??
    null;
  return {
    conceptId: row.id,
    glossary: row.glossary,
    definition,
    terms: row.terms
      .filter((term) => wanted.has(primaryLanguage(term.language)))
      .map(({ language, text, status }) => ({ language, text, status })),
  };
}

/**
 * The terms of a card in one language, recommended ones first (stable within a status), for "in English: …".
 * @example termsIn(card, "en") // [{ text: "Astana", status: "preferred" }, { text: "Nur-Sultan", status: "superseded" }]
 */
export function termsIn(card: TermCard, language: string) {
  const primary = primaryLanguage(language);
  return card.terms.filter((term) => primaryLanguage(term.language) === primary).sort(byStatus);
}
