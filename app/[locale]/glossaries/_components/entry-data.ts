import { draftFromConcept } from "@/lib/glossary/concept-draft";
import { toConcept, type StoredConcept } from "@/lib/glossary/stored-concept";
import { languageName } from "@/lib/text/language-name";
import type { EditableEntry } from "./concept-editor";

/** A stored entry as the list shows it (the core concept) and as its editor loads it (draft, version, term ids). */
export function entryItem(row: StoredConcept & { version: number }) {
  const concept = toConcept(row);
  const editable: EditableEntry = {
    id: row.id,
    version: row.version,
    draft: draftFromConcept(
      concept,
      row.terms.map((term) => term.id),
    ),
    label: concept.terms[0]?.text ?? row.id,
  };
  return { concept, editable };
}

/**
 * The glossary's declared values first, in its order, then any others in use, each once: the glossary's list may
 * lag behind what an import or an edit brought in.
 */
export function mergeValues(declared: readonly string[], inUse: readonly string[]): string[] {
  return [...new Set([...declared, ...inUse])];
}

export const namedLanguages = (codes: readonly string[], locale: string) =>
  codes.map((code) => ({ code, name: languageName(code, locale) }));
