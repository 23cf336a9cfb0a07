// What an import will add, change, leave unchanged and reject (with reasons) before anything is written. An import
// adds and updates, never deletes: a field the file leaves empty keeps its value, a term it does not list stays.
import { languageTag } from "./language-tag";
import type { Concept, LanguageDetails, Term } from "./types";
import { termStatuses } from "./types";

type TextField<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T];

export type FieldChange =
  | { kind: "concept"; field: TextField<Concept>; before?: string; after: string }
  | { kind: "language"; language: string; field: TextField<LanguageDetails>; before?: string; after: string }
  | { kind: "link"; target: string }
  | { kind: "termAdded"; language: string; text: string }
  /** Only an editor's save removes a term (see changesBetween); an import never does. */
  | { kind: "termRemoved"; language: string; text: string }
  | {
      kind: "term";
      language: string;
      text: string;
      field: TextField<Term> | "statusNote";
      before?: string;
      after: string;
    };

/** Every `kind` of FieldChange, one message each (the UI's i18n/coded-messages.ts). */
export const fieldChangeKinds = [
  "concept",
  "language",
  "link",
  "termAdded",
  "termRemoved",
  "term",
] as const satisfies readonly FieldChange["kind"][];

// A kind added to FieldChange but left out of fieldChangeKinds fails `npm run typecheck` here.
type _Assert<T extends true> = T;
type _KindsListed = _Assert<
  [Exclude<FieldChange["kind"], (typeof fieldChangeKinds)[number]>] extends [never] ? true : false
>;

export const rejectCodes = [
  "noTerms",
  "emptyTerm",
  "invalidLanguage",
  "invalidStatus",
  "duplicateId",
  "ambiguousMatch",
  "matchedTwice",
  /** Only from the file's reader (import-preview.ts): more terms than one entry may hold. */
  "tooManyTerms",
] as const;
type RejectCode = (typeof rejectCodes)[number];

export type RejectReason = {
  code: RejectCode;
  language?: string;
  term?: string;
  conceptIds?: string[];
  /** tooManyTerms: how many terms an entry may hold. */
  limit?: number;
};

/** `index` is the concept's position in `incoming`, to point back at its line in the file. */
export type ImportPlan = {
  add: { index: number; concept: Concept }[];
  change: { index: number; existing: Concept; incoming: Concept; changes: FieldChange[] }[];
  unchanged: { index: number; existing: Concept; incoming: Concept }[];
  reject: { index: number; concept: Concept; reasons: RejectReason[] }[];
};

const termKey = (language: string, text: string) => `${language.toLowerCase()}\u0000${text.normalize("NFC")}`;
const conceptFields = ["subjectField", "definition", "definitionSource", "note"] as const;
const languageFields = ["definition", "definitionSource", "note"] as const;
const termFields = [
  "status",
  "partOfSpeech",
  "grammaticalGender",
  "termType",
  "geographicalUsage",
  "note",
  "usageExample",
  "usageExampleSource",
  "source",
] as const;
const statusNoteText = (term: Term) =>
  term.statusNote ? `${term.statusNote.date ? `${term.statusNote.date} ` : ""}${term.statusNote.text}` : undefined;

/**
 * The changes that applying `incoming` over `existing` makes; history (transactions) is the app's to record, not compared.
 * @example diffConcept({ terms: [{ language: "en", text: "Astana", status: "admitted" }] }, { terms: [{ language: "en", text: "Astana", status: "preferred" }] })
 * // [{ kind: "term", language: "en", text: "Astana", field: "status", before: "admitted", after: "preferred" }]
 */
export function diffConcept(existing: Concept, incoming: Concept): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of conceptFields) {
    const after = incoming[field];
    if (after !== undefined && after !== existing[field])
      changes.push({ kind: "concept", field, before: existing[field], after });
  }
  for (const [language, details] of Object.entries(incoming.perLanguage ?? {})) {
    for (const field of languageFields) {
      const before = existing.perLanguage?.[language]?.[field];
      const after = details[field];
      if (after !== undefined && after !== before) changes.push({ kind: "language", language, field, before, after });
    }
  }
  const targets = new Set((existing.links ?? []).map((link) => link.target));
  for (const link of incoming.links ?? [])
    if (!targets.has(link.target)) changes.push({ kind: "link", target: link.target });
  const unpaired = [...existing.terms];
  for (const term of incoming.terms) {
    // Pair with the existing term of the same spelling, preferring one of the same gender ("Croata" m. and f.).
    const same = unpaired.filter((known) => termKey(known.language, known.text) === termKey(term.language, term.text));
    const match = same.find((known) => known.grammaticalGender === term.grammaticalGender) ?? same[0];
    if (!match) {
      changes.push({ kind: "termAdded", language: term.language, text: term.text });
      continue;
    }
    unpaired.splice(unpaired.indexOf(match), 1);
    for (const field of termFields) {
      const after = term[field];
      if (after !== undefined && after !== match[field])
        changes.push({ kind: "term", language: term.language, text: term.text, field, before: match[field], after });
    }
    const [before, after] = [statusNoteText(match), statusNoteText(term)];
    if (after !== undefined && after !== before)
      changes.push({ kind: "term", language: term.language, text: term.text, field: "statusNote", before, after });
  }
  return changes;
}

function validate(concept: Concept): RejectReason[] {
  const reasons: RejectReason[] = [];
  if (concept.terms.length === 0) reasons.push({ code: "noTerms" });
  for (const term of concept.terms) {
    if (!term.text.trim()) reasons.push({ code: "emptyTerm", language: term.language });
    if (!languageTag(term.language))
      reasons.push({ code: "invalidLanguage", language: term.language, term: term.text });
    if (!termStatuses.includes(term.status))
      reasons.push({ code: "invalidStatus", language: term.language, term: term.text });
  }
  return reasons;
}

/**
 * Sorts incoming concepts into add, change, unchanged and reject. An incoming concept is the existing one with its id,
 * else the one that shares a term with it (language and spelling); sharing terms with several is ambiguous.
 * @example planImport([{ id: "c1", terms: [{ language: "en", text: "Astana", status: "preferred" }] }],
 *   [{ terms: [{ language: "en", text: "Astana", status: "preferred" }, { language: "fr", text: "Astana", status: "preferred" }] }])
 * // { add: [], change: [{ index: 0, changes: [{ kind: "termAdded", language: "fr", text: "Astana" }], … }], unchanged: [], reject: [] }
 */
export function planImport(existing: readonly Concept[], incoming: readonly Concept[]): ImportPlan {
  const plan: ImportPlan = { add: [], change: [], unchanged: [], reject: [] };
  const byId = new Map(
    existing.flatMap((concept) => (concept.id === undefined ? [] : [[concept.id, concept] as const])),
  );
  const byTerm = new Map<string, Set<Concept>>();
  for (const concept of existing)
    for (const term of concept.terms)
      byTerm.set(
        termKey(term.language, term.text),
        (byTerm.get(termKey(term.language, term.text)) ?? new Set()).add(concept),
      );
  const seenIds = new Set<string>();
  const matched = new Set<Concept>();
  incoming.forEach((concept, index) => {
    const reasons = validate(concept);
    if (concept.id !== undefined && seenIds.has(concept.id))
      reasons.push({ code: "duplicateId", conceptIds: [concept.id] });
    if (concept.id !== undefined) seenIds.add(concept.id);
    let target = concept.id === undefined ? undefined : byId.get(concept.id);
    if (!target && reasons.length === 0) {
      const candidates = new Set(
        concept.terms.flatMap((term) => [...(byTerm.get(termKey(term.language, term.text)) ?? [])]),
      );
      if (candidates.size > 1)
        reasons.push({ code: "ambiguousMatch", conceptIds: [...candidates].map((candidate) => candidate.id ?? "") });
      else target = [...candidates][0];
    }
    if (target && matched.has(target)) reasons.push({ code: "matchedTwice", conceptIds: [target.id ?? ""] });
    if (reasons.length) return plan.reject.push({ index, concept, reasons });
    if (!target) return plan.add.push({ index, concept });
    matched.add(target);
    const changes = diffConcept(target, concept);
    if (changes.length) plan.change.push({ index, existing: target, incoming: concept, changes });
    else plan.unchanged.push({ index, existing: target, incoming: concept });
  });
  return plan;
}
