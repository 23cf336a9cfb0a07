// When another editor saved an entry while this one was editing it: what differs between the form and the saved
// version (and who changed what since the form was loaded), and the form's own edits re-applied on top of it.
import {
  conceptDraftFields,
  termDraftFields,
  type ConceptDraft,
  type ConceptDraftField,
  type TermDraft,
  type TermDraftField,
} from "./concept-draft";
import type { Concept } from "./types";

/** Who moved a value away from the version the form was loaded at. */
export type ChangedBy = "me" | "them" | "both";

export type DraftDifference =
  | { kind: "field"; field: ConceptDraftField; mine: string; theirs: string; changedBy: ChangedBy }
  | {
      kind: "termField";
      term: { language: string; text: string };
      field: TermDraftField;
      mine: string;
      theirs: string;
      changedBy: ChangedBy;
    }
  /** A term the form has and the saved version has not (added here, or removed by the other editor). */
  | { kind: "termOnlyMine"; term: TermDraft; changedBy: ChangedBy }
  /** A term the saved version has and the form has not (added by the other editor, or removed here). */
  | { kind: "termOnlyTheirs"; term: TermDraft; changedBy: ChangedBy };

type TermPair = { mine: TermDraft; theirs: TermDraft };

const sameTerm = (a: TermDraft, b: TermDraft) =>
  a.language.trim().toLowerCase() === b.language.trim().toLowerCase() && a.text.trim() === b.text.trim();
const changedFields = (a: TermDraft, b: TermDraft) => termDraftFields.filter((field) => a[field] !== b[field]);

function changer(isMine: boolean, isTheirs: boolean): ChangedBy {
  return isMine && isTheirs ? "both" : isMine ? "me" : "them";
}

/** Mine and theirs matched by stored id, then the rest by language and text (both added the same term). */
function pairTerms(mine: readonly TermDraft[], theirs: readonly TermDraft[]) {
  const pairs: TermPair[] = [];
  const theirsLeft = new Set(theirs);
  const mineLeft: TermDraft[] = [];
  for (const term of mine) {
    const match = term.id ? theirs.find((other) => other.id === term.id) : undefined;
    if (match) {
      pairs.push({ mine: term, theirs: match });
      theirsLeft.delete(match);
    } else mineLeft.push(term);
  }
  const onlyMine: TermDraft[] = [];
  for (const term of mineLeft) {
    const match = [...theirsLeft].find((other) => sameTerm(term, other));
    if (match) {
      pairs.push({ mine: term, theirs: match });
      theirsLeft.delete(match);
    } else onlyMine.push(term);
  }
  return { pairs, onlyMine, onlyTheirs: [...theirsLeft] };
}

const byId = (terms: readonly TermDraft[], id: string | undefined) =>
  id ? terms.find((term) => term.id === id) : undefined;

/**
 * Every place where the form (`mine`) and the saved version (`theirs`) differ, each with who changed it since
 * `base`, the version the form was loaded at.
 * @example draftDifferences(base, { ...base, note: "mine" }, { ...base, definition: "theirs" })
 * // [{ kind: "field", field: "definition", mine: base.definition, theirs: "theirs", changedBy: "them" },
 * //  { kind: "field", field: "note", mine: "mine", theirs: base.note, changedBy: "me" }]
 */
export function draftDifferences(base: ConceptDraft, mine: ConceptDraft, theirs: ConceptDraft): DraftDifference[] {
  const differences: DraftDifference[] = [];
  for (const field of conceptDraftFields) {
    if (mine[field] === theirs[field]) continue;
    differences.push({
      kind: "field",
      field,
      mine: mine[field],
      theirs: theirs[field],
      changedBy: changer(mine[field] !== base[field], theirs[field] !== base[field]),
    });
  }
  const { pairs, onlyMine, onlyTheirs } = pairTerms(mine.terms, theirs.terms);
  for (const pair of pairs) {
    const loaded = byId(base.terms, pair.theirs.id) ?? byId(base.terms, pair.mine.id);
    for (const field of changedFields(pair.mine, pair.theirs)) {
      const changedBy = loaded
        ? changer(pair.mine[field] !== loaded[field], pair.theirs[field] !== loaded[field])
        : "both";
      differences.push({
        kind: "termField",
        term: { language: pair.mine.language, text: pair.mine.text },
        field,
        mine: pair.mine[field],
        theirs: pair.theirs[field],
        changedBy,
      });
    }
  }
  for (const term of onlyMine) {
    const loaded = byId(base.terms, term.id);
    // Loaded with the form and gone from the saved version: the other editor removed it.
    differences.push({
      kind: "termOnlyMine",
      term,
      changedBy: loaded ? changer(changedFields(loaded, term).length > 0, true) : "me",
    });
  }
  for (const term of onlyTheirs) {
    const loaded = byId(base.terms, term.id);
    // Loaded with the form and gone from it: this editor removed it.
    differences.push({
      kind: "termOnlyTheirs",
      term,
      changedBy: loaded ? changer(true, changedFields(loaded, term).length > 0) : "them",
    });
  }
  return differences;
}

/** A value three ways: the form's when this editor changed it, else the saved one. */
const merged = (base: string, mine: string, theirs: string) => (mine !== base ? mine : theirs);

/**
 * The form's edits (what changed between `base` and `mine`) applied to the saved version `theirs`: the fields
 * this editor changed take the form's value, the others the saved value; terms the other editor added stay,
 * terms this editor removed go, terms this editor added are appended. Stored ids come from `theirs`, so the
 * result saves over the new version. Where both changed the same value, the form's value wins (the conflict view
 * showed both).
 * @example reapplyDraft(base, { ...base, note: "mine" }, { ...base, definition: "theirs" })
 * // { ...base, definition: "theirs", note: "mine" }
 */
export function reapplyDraft(base: ConceptDraft, mine: ConceptDraft, theirs: ConceptDraft): ConceptDraft {
  const result: ConceptDraft = {
    subjectField: merged(base.subjectField, mine.subjectField, theirs.subjectField),
    definition: merged(base.definition, mine.definition, theirs.definition),
    note: merged(base.note, mine.note, theirs.note),
    terms: [],
  };
  for (const saved of theirs.terms) {
    const loaded = byId(base.terms, saved.id);
    const edited = byId(mine.terms, saved.id);
    if (!loaded) result.terms.push(saved);
    else if (edited) result.terms.push(mergeTerm(loaded, edited, saved));
    // else: removed in the form, so it goes.
  }
  for (const term of mine.terms) {
    if (term.id && byId(theirs.terms, term.id)) continue;
    const loaded = byId(base.terms, term.id);
    // A term the other editor removed comes back only when this editor changed it.
    if (loaded && changedFields(loaded, term).length === 0) continue;
    if (result.terms.some((other) => sameTerm(other, term))) continue;
    // Saved as a new term: its stored row is gone.
    result.terms.push({ ...term, id: undefined });
  }
  return result;
}

function mergeTerm(base: TermDraft, mine: TermDraft, theirs: TermDraft): TermDraft {
  const values = Object.fromEntries(
    termDraftFields.map((field) => [field, merged(base[field], mine[field], theirs[field])]),
  );
  return { ...theirs, ...values } as TermDraft;
}

export type ConflictDetails = { current: Concept; version: number; termIds: string[] };

/**
 * The `conflict` of a refused save or delete (server/glossaries/mutations.ts), checked: an ActionResult types it
 * as unknown. Term ids are optional there, and must be parallel to the terms when present.
 * @example readConflictDetails({ current: { terms: [] }, version: 3, termIds: [] }) // { current: { terms: [] }, version: 3, termIds: [] }
 */
export function readConflictDetails(value: unknown): ConflictDetails | null {
  if (typeof value !== "object" || value === null) return null;
  const { current, version, termIds } = value as Record<string, unknown>;
  if (typeof current !== "object" || current === null || !Array.isArray((current as Concept).terms)) return null;
  if (typeof version !== "number" || !Number.isInteger(version)) return null;
  const terms = (current as Concept).terms;
  const ids =
    Array.isArray(termIds) && termIds.length === terms.length && termIds.every((id) => typeof id === "string")
      ? (termIds as string[])
      : [];
  return { current: current as Concept, version, termIds: ids };
}
