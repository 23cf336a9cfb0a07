// Writes of glossary entries. Every change to an entry is one batch transaction: the entry, its history row, the
// glossary's version (the reader's matcher cache key) and the audit entry commit together or not at all. No
// interactive transactions: on SQLite those are not isolated from the process's other queries.
// Concurrent edits are refused, not merged: an update names the version it was loaded at (optimistic concurrency).
import "server-only";
import { randomUUID } from "node:crypto";
import { changesBetween } from "../../../lib/glossary/concept-changes.ts";
import { conceptSearchText } from "../../../lib/glossary/concept-search-text.ts";
import type { FieldChange } from "../../../lib/glossary/import-plan.ts";
import { conceptColumns, entryConcept, termColumns } from "../../../lib/glossary/stored-concept.ts";
import type { Concept, Term } from "../../../lib/glossary/types.ts";
import { auditEntry } from "../../audit/mutations.ts";
import { getDb, type Db } from "../../db.ts";
import { AppError, knownError } from "../../errors.ts";
import { getConcept, hasConcept } from "./queries.ts";

/**
 * Ids for the rows one batch creates (entries, glossaries), chosen here so that the batch can refer to them: a letter
 * first, as TBX's xml:id wants, then the time in microseconds and the place in the batch, so that entries list in the
 * order they were created (an import's in file order), then randomness.
 */
export function newRowIds(count: number): string[] {
  const time = Math.floor((performance.timeOrigin + performance.now()) * 1000)
    .toString(36)
    .padStart(11, "0");
  return Array.from(
    { length: count },
    (_, index) => `c${time}${index.toString(36).padStart(4, "0")}${randomUUID().replaceAll("-", "").slice(0, 12)}`,
  );
}

/** A nullable JSON column left unset rather than written as JSON null (Prisma takes `undefined` for that). */
const unlessNull = <T>(value: T | null): T | undefined => value ?? undefined;

// The batch parts below are shared with the import and proposal mutations, which add them to their own batch.

export const bumpGlossaryVersion = (db: Db, glossaryId: string) =>
  db.glossary.update({ where: { id: glossaryId }, data: { version: { increment: 1 } } });

/** The first term, to name an entry in the audit log and messages. */
const label = (concept: Concept) => concept.terms[0]?.text ?? "";

export function termData(glossaryId: string, term: Term, position: number) {
  const columns = termColumns(term);
  return { ...columns, details: unlessNull(columns.details), glossaryId, position };
}

export function conceptData(concept: Concept) {
  const columns = conceptColumns(concept);
  return {
    ...columns,
    perLanguage: unlessNull(columns.perLanguage),
    links: unlessNull(columns.links),
    transactions: unlessNull(columns.transactions),
  };
}

type HistoryEntry = {
  conceptId: string;
  version: number;
  kind: string;
  actorId: string | null;
  changes: FieldChange[];
  snapshot: Concept;
};

export const historyRow = (db: Db, entry: HistoryEntry) => db.conceptHistory.create({ data: entry });

type NewConcept = { concept: Concept; externalId?: string | null };

/**
 * The writes that create concepts with their terms and first history rows: three bulk inserts whatever the count
 * (an import of thousands of entries stays three statements).
 */
export function conceptCreation(
  db: Db,
  glossaryId: string,
  created: readonly NewConcept[],
  options: { kind: string; actorId: string | null },
) {
  const ids = newRowIds(created.length);
  const concepts = created.map(({ concept, externalId }, index) => ({
    id: ids[index],
    glossaryId,
    externalId: externalId ?? null,
    ...conceptData(concept),
  }));
  const terms = created.flatMap(({ concept }, index) =>
    concept.terms.map((term, position) => ({ ...termData(glossaryId, term, position), conceptId: ids[index] })),
  );
  const history: HistoryEntry[] = created.map(({ concept: { id: _fileId, ...concept } }, index) => ({
    conceptId: ids[index],
    version: 1,
    kind: options.kind,
    actorId: options.actorId,
    changes: [],
    snapshot: { ...concept, id: ids[index] },
  }));
  return {
    ids,
    writes: created.length
      ? [
          db.concept.createMany({ data: concepts }),
          db.term.createMany({ data: terms }),
          db.conceptHistory.createMany({ data: history }),
        ]
      : [],
  };
}

export async function createConcept(input: {
  glossaryId: string;
  concept: Concept;
  actorId: string | null;
  kind?: string;
}) {
  const db = await getDb();
  const {
    ids: [conceptId],
    writes,
  } = conceptCreation(db, input.glossaryId, [{ concept: input.concept }], {
    kind: input.kind ?? "create",
    actorId: input.actorId,
  });
  await db.$transaction([
    ...writes,
    bumpGlossaryVersion(db, input.glossaryId),
    auditEntry(db, {
      actorId: input.actorId,
      action: "concept.create",
      targetType: "concept",
      targetId: conceptId,
      targetLabel: label(input.concept),
      details: { glossaryId: input.glossaryId, term: label(input.concept) },
    }),
  ]);
  return { id: conceptId };
}

/** An editor's save: the entry becomes `incoming`, except the TBX-only fields no form shows, which stay. */
type ConceptEdit = {
  conceptId: string;
  /** The version the editor loaded; a save over a newer one is a CONFLICT. */
  version: number;
  concept: Concept;
  /** Stored term ids, parallel to concept.terms: null for a new term. */
  termIds: (string | null)[];
  actorId: string | null;
};

/**
 * Saves an edited entry. The concept row is updated only where its version is still the one the editor loaded;
 * when another save came first the batch finds no row and rolls back, and the caller gets a CONFLICT whose
 * details carry the entry as it now is, to show the other change.
 */
export async function updateConcept(edit: ConceptEdit) {
  const db = await getDb();
  const stored = await getConcept(edit.conceptId);
  if (stored.version !== edit.version) throw conflict(stored);
  const before = entryConcept(stored);
  const storedIds = new Set(stored.terms.map((term) => term.id));
  const termIds = edit.termIds.map((id) => (id && storedIds.has(id) ? id : null));
  const kept = new Set(termIds.filter((id): id is string => id !== null));
  const changes = changesBetween(before, edit.concept);
  const version = edit.version + 1;
  const snapshot: Concept = { ...before, ...edit.concept, id: stored.id };
  const columns = {
    subjectField: edit.concept.subjectField ?? null,
    definition: edit.concept.definition ?? null,
    note: edit.concept.note ?? null,
    // Of the snapshot: per-language definitions and notes the form does not show stay, and stay searchable.
    searchText: conceptSearchText(snapshot),
  };
  try {
    await db.$transaction([
      // First: when the version moved on, nothing after it runs.
      db.concept.update({ where: { id: stored.id, version: edit.version }, data: { ...columns, version } }),
      db.term.deleteMany({ where: { conceptId: stored.id, id: { notIn: [...kept] } } }),
      ...edit.concept.terms.map((term, position) => {
        const { details: _details, ...editable } = termData(stored.glossaryId, term, position);
        const id = termIds[position];
        return id
          ? db.term.update({ where: { id }, data: editable })
          : db.term.create({ data: { ...editable, conceptId: stored.id } });
      }),
      historyRow(db, { conceptId: stored.id, version, kind: "update", actorId: edit.actorId, changes, snapshot }),
      bumpGlossaryVersion(db, stored.glossaryId),
      auditEntry(db, {
        actorId: edit.actorId,
        action: "concept.update",
        targetType: "concept",
        targetId: stored.id,
        targetLabel: label(edit.concept),
        details: { version, changes: changes.length },
      }),
    ]);
  } catch (error) {
    throw await lostRace(edit.conceptId, error);
  }
  return { id: stored.id, version, changes };
}

/**
 * The details carry the stored term ids too (parallel to current.terms), so that a form reloaded from them keeps its
 * terms.
 */
function conflict(current: Awaited<ReturnType<typeof getConcept>>) {
  return new AppError("CONFLICT", "Someone else saved this entry first", {
    current: entryConcept(current),
    version: current.version,
    termIds: current.terms.map((term) => term.id),
  });
}

/** A failed batch: when the concept changed or vanished meanwhile, say so; anything else is rethrown. */
async function lostRace(conceptId: string, error: unknown) {
  if (knownError(error)?.code !== "NOT_FOUND" && knownError(error)?.code !== "CONFLICT") return error;
  return (await hasConcept(conceptId))
    ? conflict(await getConcept(conceptId))
    : new AppError("NOT_FOUND", "The entry was deleted meanwhile");
}

/** Deletes an entry; like a save, only at the version the editor saw. The audit entry keeps its first term. */
export async function deleteConcept(input: { conceptId: string; version: number; actorId: string | null }) {
  const db = await getDb();
  const stored = await getConcept(input.conceptId);
  if (stored.version !== input.version) throw conflict(stored);
  try {
    await db.$transaction([
      db.concept.delete({ where: { id: stored.id, version: input.version } }),
      bumpGlossaryVersion(db, stored.glossaryId),
      auditEntry(db, {
        actorId: input.actorId,
        action: "concept.delete",
        targetType: "concept",
        targetId: stored.id,
        targetLabel: stored.terms[0]?.text ?? "",
        details: { glossaryId: stored.glossaryId, term: stored.terms[0]?.text ?? "" },
      }),
    ]);
  } catch (error) {
    throw await lostRace(input.conceptId, error);
  }
}

/**
 * Folds the definitions and notes of entries stored before the search kept them (scripts/setup.ts runs it after the
 * migrations; later starts find nothing to do). Their update time stays: folding is no edit. Returns how many.
 */
export async function backfillConceptSearchText(batchSize = 500): Promise<number> {
  const db = await getDb();
  let filled = 0;
  for (;;) {
    const rows = await db.concept.findMany({
      where: { searchText: null },
      select: { id: true, definition: true, note: true, perLanguage: true, updatedAt: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return filled;
    await db.$transaction(
      rows.map((row) =>
        db.concept.update({
          where: { id: row.id },
          data: {
            searchText: conceptSearchText({
              definition: row.definition ?? undefined,
              note: row.note ?? undefined,
              perLanguage: (row.perLanguage ?? undefined) as Concept["perLanguage"],
            }),
            updatedAt: row.updatedAt,
          },
        }),
      ),
    );
    filled += rows.length;
  }
}
