// What the entries search compares a query against besides the terms: the entry's definitions and notes (its own and
// each language's), folded exactly as terms are, so that "coopération" and "cooperation" find the same entries.
import { foldTerm } from "./normalize";
import type { Concept } from "./types";

// Between two fields: a character no folded query contains (foldTerm keeps control characters as they are, and
// no one types this one), so that a query never matches across the end of one note and the start of the next.
export const fieldSeparator = "\u001f";

/**
 * The folded definitions and notes of an entry, one field after another; "" when it has none (null is left to mean
 * "not computed yet" in the database).
 * @example conceptSearchText({ definition: "Coopération régionale" }) // "cooperation regionale"
 */
export function conceptSearchText(concept: Pick<Concept, "definition" | "note" | "perLanguage">): string {
  const fields = [
    concept.definition,
    concept.note,
    ...Object.values(concept.perLanguage ?? {}).flatMap((details) => [details.definition, details.note]),
  ];
  const folded = fields.map((field) => (field ? foldTerm(field) : "")).filter(Boolean);
  return folded.join(fieldSeparator);
}

/**
 * The query as the search compares it: folded like the index; separators removed so that it stays inside one field.
 * @example searchQuery("  COOPÉRATION ") // "cooperation"
 */
export const searchQuery = (text: string): string => foldTerm(text.replaceAll(fieldSeparator, " "));
