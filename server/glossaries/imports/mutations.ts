// Applies a glossary file in one batch transaction, or refuses it whole. The plan is made again here, against the
// stored glossary at the version the editor previewed.
import "server-only";
import type { ImportPlan } from "../../../lib/glossary/import-plan.ts";
import { planImport } from "../../../lib/glossary/import-plan.ts";
import { mergeConcept } from "../../../lib/glossary/merge-concept.ts";
import type { Concept } from "../../../lib/glossary/types.ts";
import { auditEntry } from "../../audit/mutations.ts";
import { getDb, type Db } from "../../db.ts";
import { AppError, knownError } from "../../errors.ts";
import { conceptCreation, conceptData, historyRow, termData } from "../concepts/mutations.ts";
import { loadGlossaryConcepts, type StoredGlossaryConcept } from "../concepts/queries.ts";

export type ImportSummary = { added: number; changed: number; unchanged: number; skipped: number };

/**
 * Applies a file's concepts to a glossary in one transaction, or refuses it whole: when the plan rejects any
 * entry (unless the editor chose to skip the rejected ones, having seen them), or when the glossary changed since
 * the editor saw the preview (its version), nothing is written.
 */
export async function applyImport(input: {
  glossaryId: string;
  concepts: Concept[];
  expectedVersion: number;
  actorId: string | null;
  origin: string;
  skipRejected?: boolean;
  /** Entries the file's reader dropped whole (readerRejections): rejected as the plan's are, as the preview said. */
  readerRejected?: number;
}): Promise<ImportSummary> {
  const db = await getDb();
  const glossary = await db.glossary.findUnique({
    where: { id: input.glossaryId },
    select: { version: true, name: true },
  });
  if (!glossary) throw new AppError("NOT_FOUND", "No such glossary");
  if (glossary.version !== input.expectedVersion)
    throw new AppError("CONFLICT", "The glossary changed since the preview; check the preview again");
  const plan = planImport(await loadGlossaryConcepts(input.glossaryId), input.concepts);
  const rejected = plan.reject.length + (input.readerRejected ?? 0);
  if (rejected && !input.skipRejected)
    throw new AppError("INVALID_INPUT", "Some entries are invalid; nothing was imported", { rejected });
  const summary = {
    added: plan.add.length,
    changed: plan.change.length,
    unchanged: plan.unchanged.length,
    skipped: rejected,
  };
  const writes = [
    // Guards the whole batch: a concurrent import or edit bumps the version and this finds no row.
    db.glossary.update({
      where: { id: input.glossaryId, version: input.expectedVersion },
      data: { version: { increment: 1 } },
    }),
    ...conceptCreation(
      db,
      input.glossaryId,
      plan.add.map(({ concept }) => ({ concept, externalId: concept.id })),
      { kind: "import", actorId: input.actorId },
    ).writes,
    ...plan.change.flatMap((change) => changeWrites(db, input.glossaryId, change, input.actorId)),
    auditEntry(db, {
      actorId: input.actorId,
      action: "glossary.import",
      targetType: "glossary",
      targetId: input.glossaryId,
      targetLabel: glossary.name,
      details: { origin: input.origin.slice(0, 200), ...summary },
    }),
  ];
  try {
    await db.$transaction(writes);
  } catch (error) {
    const known = knownError(error);
    if (known?.code === "NOT_FOUND" || known?.code === "CONFLICT")
      throw new AppError("CONFLICT", "The glossary changed during the import; nothing was imported");
    throw error;
  }
  return summary;
}

type PlannedChange = ImportPlan["change"][number] & { existing: Partial<StoredGlossaryConcept> & Concept };

function changeWrites(db: Db, glossaryId: string, change: PlannedChange, actorId: string | null) {
  const { storedId, version } = change.existing;
  if (!storedId || version === undefined) throw new AppError("INTERNAL", "An import change lacks its stored concept");
  const { concept, termOrigins } = mergeConcept(change.existing, change.incoming);
  const storedTermIds = change.existing.termIds;
  if (!storedTermIds) throw new AppError("INTERNAL", "An import change lacks its stored terms");
  return [
    db.concept.update({
      where: { id: storedId, version },
      data: { ...conceptData(concept), version: version + 1 },
    }),
    ...concept.terms.flatMap((term, position) => {
      const origin = termOrigins[position];
      const id = origin === null ? undefined : storedTermIds[origin];
      const data = termData(glossaryId, term, position);
      return id
        ? [db.term.update({ where: { id }, data })]
        : origin === null
          ? [db.term.create({ data: { ...data, conceptId: storedId } })]
          : [];
    }),
    historyRow(db, {
      conceptId: storedId,
      version: version + 1,
      kind: "import",
      actorId,
      changes: change.changes,
      snapshot: { ...concept, id: storedId },
    }),
  ];
}
