// An entry as the editor's form holds it (every field a string, as inputs give them) and the action input it
// becomes. Pure: the entries page, the inline editor and the new-entry page share these conversions.
import type { Concept, PartOfSpeech, Term, TermStatus } from "./types";

export type TermDraft = {
  /** React's list key: the stored id, or one the form gave a new term. */
  key: string;
  /** The stored term's id; absent for a term added in the form. */
  id?: string;
  language: string;
  text: string;
  status: TermStatus;
  partOfSpeech: PartOfSpeech | "";
  note: string;
  usageExample: string;
  statusNote: string;
  /** ISO date ("2019-03-23") or "". */
  statusNoteDate: string;
};

export type ConceptDraft = { subjectField: string; definition: string; note: string; terms: TermDraft[] };

/** The fields of a term the form edits, in the order the form shows them. */
export const termDraftFields = [
  "language",
  "text",
  "status",
  "partOfSpeech",
  "note",
  "usageExample",
  "statusNote",
  "statusNoteDate",
] as const;
export type TermDraftField = (typeof termDraftFields)[number];

export const conceptDraftFields = ["subjectField", "definition", "note"] as const;
export type ConceptDraftField = (typeof conceptDraftFields)[number];

/**
 * A blank term row; `key` must be unique in its form.
 * @example emptyTermDraft("new-1", "fr") // { key: "new-1", language: "fr", text: "", status: "preferred", … }
 */
export function emptyTermDraft(key: string, language = "", text = ""): TermDraft {
  return {
    key,
    language,
    text,
    status: "preferred",
    partOfSpeech: "",
    note: "",
    usageExample: "",
    statusNote: "",
    statusNoteDate: "",
  };
}

/**
 * The form's state for a stored entry; `termIds` are the stored ids, parallel to concept.terms.
 * @example draftFromConcept({ definition: "Capital", terms: [astana] }, ["t1"]).terms[0].id // "t1"
 */
export function draftFromConcept(concept: Concept, termIds: readonly (string | null | undefined)[] = []): ConceptDraft {
  return {
    subjectField: concept.subjectField ?? "",
    definition: concept.definition ?? "",
    note: concept.note ?? "",
    terms: concept.terms.map((term, index) => termDraftOf(term, termIds[index] ?? undefined, index)),
  };
}

function termDraftOf(term: Term, id: string | undefined, index: number): TermDraft {
  return {
    key: id ?? `stored-${index}`,
    ...(id ? { id } : {}),
    language: term.language,
    text: term.text,
    status: term.status,
    partOfSpeech: term.partOfSpeech ?? "",
    note: term.note ?? "",
    usageExample: term.usageExample ?? "",
    statusNote: term.statusNote?.text ?? "",
    statusNoteDate: term.statusNote?.date ?? "",
  };
}

type TermInput = {
  id?: string;
  language: string;
  text: string;
  status: TermStatus;
  partOfSpeech?: PartOfSpeech;
  note?: string;
  usageExample?: string;
  statusNote?: { text: string; date?: string };
};

export type ConceptInput = { subjectField?: string; definition?: string; note?: string; terms: TermInput[] };

const filled = (value: string) => {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
};

/** Only the fields that have a value: the action's schema reads absent as "none". */
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * What createConceptAction and updateConceptAction take for the form's state: text trimmed, empty fields left
 * out, terms in the form's order (so a field error's path "terms.2.text" points at the third row). A status note
 * date without its text is kept, so that validation names the missing text instead of the date vanishing.
 * @example conceptInputOf({ subjectField: " ", definition: "Capital", note: "", terms: [row] })
 * // { definition: "Capital", terms: [{ id: "t1", language: "en", text: "Astana", status: "preferred" }] }
 */
export function conceptInputOf(draft: ConceptDraft): ConceptInput {
  return withoutEmpty({
    subjectField: filled(draft.subjectField),
    definition: filled(draft.definition),
    note: filled(draft.note),
    terms: draft.terms.map(termInputOf),
  });
}

function termInputOf(term: TermDraft): TermInput {
  const statusNote = filled(term.statusNote);
  const date = filled(term.statusNoteDate);
  return withoutEmpty({
    id: term.id,
    language: term.language.trim(),
    text: term.text.trim(),
    status: term.status,
    partOfSpeech: term.partOfSpeech || undefined,
    note: filled(term.note),
    usageExample: filled(term.usageExample),
    statusNote: statusNote || date ? withoutEmpty({ text: statusNote ?? "", date }) : undefined,
  });
}

/**
 * Where a field error's path ("terms.1.statusNote.text", from the action or the schema) shows in the form.
 * @example formFieldOfPath("terms.1.statusNote.text") // { term: 1, field: "statusNote" }
 */
export function formFieldOfPath(
  path: string,
): { term?: number; field: ConceptDraftField | TermDraftField | "terms" } | null {
  const parts = path.split(".");
  if (parts[0] !== "terms")
    return (conceptDraftFields as readonly string[]).includes(path) ? { field: path as ConceptDraftField } : null;
  if (parts.length === 1) return { field: "terms" };
  const term = Number(parts[1]);
  if (!Number.isInteger(term) || term < 0) return null;
  if (parts[2] === "statusNote") return { term, field: parts[3] === "date" ? "statusNoteDate" : "statusNote" };
  return (termDraftFields as readonly string[]).includes(parts[2] ?? "")
    ? { term, field: parts[2] as TermDraftField }
    : null;
}

/** The form's key for a field, as formFieldOfPath gives it: "definition", "terms.1.text". */
export const fieldKey = (field: { term?: number; field: string }) =>
  field.term === undefined ? field.field : `terms.${field.term}.${field.field}`;

export type DraftErrorCode = "required" | "tooLong" | "invalid";

/** The parts of a zod issue the form needs (zod's own type is not imported into lib). */
type Issue = { path: readonly PropertyKey[]; code: string; origin?: string };

/**
 * A schema issue as the code the form shows: an empty required value (a string or list below its minimum of 1)
 * is "required", anything above a maximum "tooLong", the rest "invalid".
 * @example problemOfIssue({ path: ["terms", 0, "text"], code: "too_small", origin: "string" }) // { path: "terms.0.text", code: "required" }
 */
export function problemOfIssue(issue: Issue): { path: string; code: DraftErrorCode } {
  const path = issue.path.map(String).join(".");
  if (issue.code === "too_small" && (issue.origin === "string" || issue.origin === "array"))
    return { path, code: "required" };
  if (issue.code === "too_big") return { path, code: "tooLong" };
  return { path, code: "invalid" };
}

/**
 * Problems by the form's field keys (the first per field); `hasOther` when one concerns no field of the form.
 * Given the draft, a problem with a blank field reads "required" (an empty language tag fails its pattern).
 * @example draftErrors([{ path: "terms.0.text", code: "required" }, { path: "glossaryId", code: "invalid" }])
 * // { fields: { "terms.0.text": "required" }, hasOther: true }
 */
export function draftErrors(
  problems: readonly { path: string; code: string }[],
  draft?: ConceptDraft,
): { fields: Record<string, DraftErrorCode>; hasOther: boolean } {
  const fields: Record<string, DraftErrorCode> = {};
  let hasOther = false;
  for (const problem of problems) {
    const field = formFieldOfPath(problem.path);
    if (!field) {
      hasOther = true;
      continue;
    }
    const key = fieldKey(field);
    const isBlank = draft !== undefined && valueOf(draft, field)?.trim() === "";
    const code: DraftErrorCode =
      isBlank || problem.code === "required" ? "required" : problem.code === "tooLong" ? "tooLong" : "invalid";
    fields[key] ??= code;
  }
  return { fields, hasOther };
}

function valueOf(draft: ConceptDraft, field: NonNullable<ReturnType<typeof formFieldOfPath>>): string | undefined {
  if (field.field === "terms") return undefined;
  if (field.term === undefined) return draft[field.field as ConceptDraftField];
  return draft.terms[field.term]?.[field.field as TermDraftField];
}
