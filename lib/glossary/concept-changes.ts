// What an editor's save changed, for the entry's history. Unlike an import (diffConcept), a save replaces the
// whole entry: a field left empty is cleared and a term left out is removed, so both show up as changes.
import { diffConcept, type FieldChange } from "./import-plan";
import type { Concept, Term } from "./types";

const conceptFields = ["subjectField", "definition", "definitionSource", "note"] as const;
const termFields = ["status", "partOfSpeech", "note", "usageExample"] as const;
const termKey = (term: Term) => `${term.language.toLowerCase()}\u0000${term.text.normalize("NFC")}`;

/**
 * @example changesBetween({ note: "old", terms: [a, b] }, { terms: [a] })
 * // [{ kind: "concept", field: "note", before: "old", after: "" }, { kind: "termRemoved", language: b.language, text: b.text }]
 */
export function changesBetween(before: Concept, after: Concept): FieldChange[] {
  const changes = diffConcept(before, after);
  for (const field of conceptFields) {
    const old = before[field];
    if (old !== undefined && after[field] === undefined)
      changes.push({ kind: "concept", field, before: old, after: "" });
  }
  const kept = new Map(after.terms.map((term) => [termKey(term), term]));
  for (const term of before.terms) {
    const now = kept.get(termKey(term));
    if (!now) {
      changes.push({ kind: "termRemoved", language: term.language, text: term.text });
      continue;
    }
    for (const field of termFields) {
      const old = term[field];
      if (old !== undefined && now[field] === undefined)
        changes.push({ kind: "term", language: term.language, text: term.text, field, before: old, after: "" });
    }
    if (term.statusNote && !now.statusNote) {
      changes.push({
        kind: "term",
        language: term.language,
        text: term.text,
        field: "statusNote",
        before: term.statusNote.text,
        after: "",
      });
    }
  }
  return changes;
}
