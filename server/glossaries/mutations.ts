// Writes for glossaries. Every change to an entry is one batch transaction: the entry, its history row, the
// glossary's version (the reader's matcher cache key) and the audit entry commit together or not at all. No
// interactive transactions: on SQLite those are not isolated from the process's other queries (research E3).
// Concurrent edits are refused, not merged: an update names the version it was loaded at (optimistic concurrency).
import { randomUUID } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import { changesBetween } from "../../lib/glossary/concept-changes.ts";
import type { FieldChange, ImportPlan } from "../../lib/glossary/import-plan.ts";
import { planImport } from "../../lib/glossary/import-plan.ts";
import { mergeConcept } from "../../lib/glossary/merge-concept.ts";
import { conceptColumns, termColumns } from "../../lib/glossary/stored-concept.ts";
import type { Concept, Term } from "../../lib/glossary/types.ts";
import { auditEntry } from "../audit/mutations.ts";
import type { Db } from "../db.ts";
import { AppError, knownError } from "../errors.ts";
import { entryConcept, getConcept, loadGlossaryConcepts, type StoredGlossaryConcept } from "./queries.ts";

let sequence = 0;

/**
 * Ids chosen here so that one batch can refer to them: a letter first, as TBX's xml:id wants, then time and a
 * counter, so that entries created in one batch (an import) list in file order, then randomness.
 */
function createId() {
  sequence = (sequence + 1) % 36 ** 4;
  return `c${Date.now().toString(36).padStart(9, "0")}${sequence.toString(36).padStart(4, "0")}${randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

type Json = Parameters<Db["conceptHistory"]["create"]>[0]["data"]["changes"];
const json = (value: unknown) => value as Json;

/** A URL name from the glossary's name; a short random tail when it is taken or has no Latin letters. */
async function freeSlug(db: Db, name: string) {
  const base = slugify(name).slice(0, 60) || "glossary";
  if (!(await db.glossary.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  return `${base}-${createId().slice(0, 6)}`;
}

export type GlossaryFields = { name: string; description?: string; languages: string[]; subjectFields: string[] };

export async function createGlossary(db: Db, input: GlossaryFields & { actorId: string | null; isDemo?: boolean }) {
  const id = createId();
  const slug = await freeSlug(db, input.name);
  const [glossary] = await db.$transaction([
    db.glossary.create({
      data: {
        id,
        slug,
        name: input.name,
        description: input.description ?? null,
        languages: input.languages,
        subjectFields: input.subjectFields,
        isDemo: input.isDemo ?? false,
        createdById: input.actorId,
      },
      select: { id: true, slug: true },
    }),
    auditEntry(db, {
      actorId: input.actorId,
      action: "glossary.create",
      targetType: "glossary",
      targetId: id,
      details: { name: input.name },
    }),
  ]);
  return glossary;
}

export async function updateGlossary(
  db: Db,
  input: Partial<GlossaryFields> & { glossaryId: string; actorId: string | null },
) {
  const { glossaryId, actorId, ...fields } = input;
  const [glossary] = await db.$transaction([
    db.glossary.update({
      where: { id: glossaryId },
      data: { ...fields, version: { increment: 1 } },
      select: { id: true, slug: true },
    }),
    auditEntry(db, {
      actorId,
      action: "glossary.update",
      targetType: "glossary",
      targetId: glossaryId,
      details: { fields: Object.keys(fields).join(",") },
    }),
  ]);
  return glossary;
}

const bumpGlossary = (db: Db, glossaryId: string) =>
  db.glossary.update({ where: { id: glossaryId }, data: { version: { increment: 1 } } });

/** The first term, to name an entry in the audit log and messages. */
const label = (concept: Concept) => concept.terms[0]?.text ?? "";

function historyRow(
  db: Db,
  entry: {
    conceptId: string;
    version: number;
    kind: string;
    actorId: string | null;
    changes: FieldChange[];
    snapshot: Concept;
  },
) {
  return db.conceptHistory.create({ data: { ...entry, changes: json(entry.changes), snapshot: json(entry.snapshot) } });
}

type NewConcept = { concept: Concept; externalId?: string | null };

/**
 * The writes that create concepts with their terms and first history rows: three bulk inserts whatever the count
 * (an import of thousands of entries stays three statements). Ids are chosen here, so callers can batch.
 */
function conceptCreation(
  db: Db,
  glossaryId: string,
  created: readonly NewConcept[],
  options: { kind: string; actorId: string | null },
) {
  const ids = created.map(() => createId());
  const concepts = created.map(({ concept, externalId }, index) => {
    const columns = conceptColumns(concept);
    return {
      id: ids[index],
      glossaryId,
      externalId: externalId ?? null,
      ...columns,
      perLanguage: json(columns.perLanguage ?? undefined),
      links: json(columns.links ?? undefined),
      transactions: json(columns.transactions ?? undefined),
    };
  });
  const terms = created.flatMap(({ concept }, index) =>
    concept.terms.map((term, position) => ({ ...termData(glossaryId, term, position), conceptId: ids[index] })),
  );
  const history = created.map(({ concept: { id: _fileId, ...concept } }, index) => ({
    conceptId: ids[index],
    version: 1,
    kind: options.kind,
    actorId: options.actorId,
    changes: json([]),
    snapshot: json({ ...concept, id: ids[index] }),
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

function termData(glossaryId: string, term: Term, position: number) {
  const columns = termColumns(term);
  return { ...columns, details: json(columns.details ?? undefined), glossaryId, position };
}

export async function createConcept(
  db: Db,
  input: { glossaryId: string; concept: Concept; actorId: string | null; kind?: string },
) {
  const {
    ids: [conceptId],
    writes,
  } = conceptCreation(db, input.glossaryId, [{ concept: input.concept }], {
    kind: input.kind ?? "create",
    actorId: input.actorId,
  });
  await db.$transaction([
    ...writes,
    bumpGlossary(db, input.glossaryId),
    auditEntry(db, {
      actorId: input.actorId,
      action: "concept.create",
      targetType: "concept",
      targetId: conceptId,
      details: { glossaryId: input.glossaryId, term: label(input.concept) },
    }),
  ]);
  return { id: conceptId };
}

/** An editor's save: the entry becomes `incoming`, except the TBX-only fields no form shows, which stay. */
export type ConceptEdit = {
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
export async function updateConcept(db: Db, edit: ConceptEdit) {
  const stored = await getConcept(db, edit.conceptId);
  if (stored.version !== edit.version) throw conflict(stored);
  const before = entryConcept(stored);
  const storedIds = new Set(stored.terms.map((term) => term.id));
  const termIds = edit.termIds.map((id) => (id && storedIds.has(id) ? id : null));
  const kept = new Set(termIds.filter((id): id is string => id !== null));
  const changes = changesBetween(before, edit.concept);
  const version = edit.version + 1;
  const columns = {
    subjectField: edit.concept.subjectField ?? null,
    definition: edit.concept.definition ?? null,
    note: edit.concept.note ?? null,
  };
  const snapshot: Concept = { ...before, ...edit.concept, id: stored.id };
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
      bumpGlossary(db, stored.glossaryId),
      auditEntry(db, {
        actorId: edit.actorId,
        action: "concept.update",
        targetType: "concept",
        targetId: stored.id,
        details: { version, changes: changes.length },
      }),
    ]);
  } catch (error) {
    throw await lostRace(db, edit.conceptId, error);
  }
  return { id: stored.id, version, changes };
}

/** The details carry the stored term ids too (parallel to current.terms), so that a form reloaded from them keeps its terms. */
function conflict(current: Awaited<ReturnType<typeof getConcept>>) {
  return new AppError("CONFLICT", "Someone else saved this entry first", {
    current: entryConcept(current),
    version: current.version,
    termIds: current.terms.map((term) => term.id),
  });
}

/** A failed batch: when the concept changed or vanished meanwhile, say so; anything else is rethrown. */
async function lostRace(db: Db, conceptId: string, error: unknown) {
  if (knownError(error)?.code !== "NOT_FOUND" && knownError(error)?.code !== "CONFLICT") return error;
  const current = await db.concept.findUnique({ where: { id: conceptId }, select: { id: true } });
  return current
    ? conflict(await getConcept(db, conceptId))
    : new AppError("NOT_FOUND", "The entry was deleted meanwhile");
}

/** Deletes an entry; like a save, only at the version the editor saw. The audit entry keeps its first term. */
export async function deleteConcept(db: Db, input: { conceptId: string; version: number; actorId: string | null }) {
  const stored = await getConcept(db, input.conceptId);
  if (stored.version !== input.version) throw conflict(stored);
  try {
    await db.$transaction([
      db.concept.delete({ where: { id: stored.id, version: input.version } }),
      bumpGlossary(db, stored.glossaryId),
      auditEntry(db, {
        actorId: input.actorId,
        action: "concept.delete",
        targetType: "concept",
        targetId: stored.id,
        details: { glossaryId: stored.glossaryId, term: stored.terms[0]?.text ?? "" },
      }),
    ]);
  } catch (error) {
    throw await lostRace(db, input.conceptId, error);
  }
}

export type ImportSummary = { added: number; changed: number; unchanged: number; skipped: number };

/**
 * Applies a file's concepts to a glossary in one transaction, or refuses it whole: when the plan rejects any
 * entry (unless the editor chose to skip the rejected ones, having seen them), or when the glossary changed since
 * the editor saw the preview (its version), nothing is written.
 */
export async function applyImport(
  db: Db,
  input: {
    glossaryId: string;
    concepts: Concept[];
    expectedVersion: number;
    actorId: string | null;
    origin: string;
    skipRejected?: boolean;
  },
) {
  const glossary = await db.glossary.findUnique({ where: { id: input.glossaryId }, select: { version: true } });
  if (!glossary) throw new AppError("NOT_FOUND", "No such glossary");
  if (glossary.version !== input.expectedVersion)
    throw new AppError("CONFLICT", "The glossary changed since the preview; check the preview again");
  const existing = await loadGlossaryConcepts(db, input.glossaryId);
  const plan = planImport(existing, input.concepts);
  if (plan.reject.length && !input.skipRejected)
    throw new AppError("INVALID_INPUT", "Some entries are invalid; nothing was imported", {
      rejected: plan.reject.length,
    });
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
      details: {
        origin: input.origin.slice(0, 200),
        added: plan.add.length,
        changed: plan.change.length,
        unchanged: plan.unchanged.length,
        skipped: plan.reject.length,
      },
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
  return {
    added: plan.add.length,
    changed: plan.change.length,
    unchanged: plan.unchanged.length,
    skipped: plan.reject.length,
  } satisfies ImportSummary;
}

type PlannedChange = ImportPlan["change"][number] & { existing: Partial<StoredGlossaryConcept> & Concept };

function changeWrites(db: Db, glossaryId: string, change: PlannedChange, actorId: string | null) {
  const { storedId, version } = change.existing;
  if (!storedId || version === undefined) throw new AppError("INTERNAL", "An import change lacks its stored concept");
  const { concept, termOrigins } = mergeConcept(change.existing, change.incoming);
  const columns = conceptColumns(concept);
  const storedTermIds = change.existing.termIds;
  if (!storedTermIds) throw new AppError("INTERNAL", "An import change lacks its stored terms");
  return [
    db.concept.update({
      where: { id: storedId, version },
      data: {
        ...columns,
        perLanguage: json(columns.perLanguage ?? undefined),
        links: json(columns.links ?? undefined),
        transactions: json(columns.transactions ?? undefined),
        version: version + 1,
      },
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

/** A contributor's draft: a new entry (no conceptId) or a translation of an existing one. */
export async function proposeTerm(
  db: Db,
  input: {
    glossaryId: string;
    conceptId?: string;
    language: string;
    text: string;
    partOfSpeech?: string;
    note?: string;
    definition?: string;
    authorId: string;
  },
) {
  if (input.conceptId) {
    const concept = await db.concept.findUnique({ where: { id: input.conceptId }, select: { glossaryId: true } });
    if (!concept || concept.glossaryId !== input.glossaryId)
      throw new AppError("NOT_FOUND", "No such entry in this glossary");
  }
  return db.termProposal.create({
    data: {
      glossaryId: input.glossaryId,
      conceptId: input.conceptId ?? null,
      language: input.language,
      text: input.text,
      partOfSpeech: input.partOfSpeech ?? null,
      note: input.note ?? null,
      definition: input.definition ?? null,
      authorId: input.authorId,
    },
    select: { id: true },
  });
}

export type ProposalReview =
  | { proposalId: string; decision: "decline"; reviewNote?: string; actorId: string }
  | {
      proposalId: string;
      decision: "accept";
      text: string;
      status: Term["status"];
      reviewNote?: string;
      actorId: string;
    };

/**
 * Accepting adds the (possibly edited) term to its entry, or creates the entry, in the same batch that closes the
 * proposal; the proposal is closed only while still pending, so two editors cannot both accept it.
 */
export async function reviewProposal(db: Db, review: ProposalReview) {
  const proposal = await db.termProposal.findUnique({ where: { id: review.proposalId } });
  if (!proposal) throw new AppError("NOT_FOUND", "No such proposal");
  if (proposal.status !== "pending") throw new AppError("CONFLICT", "This proposal was already reviewed");
  const close = db.termProposal.update({
    where: { id: proposal.id, status: "pending" },
    data: {
      status: review.decision === "accept" ? "accepted" : "declined",
      reviewerId: review.actorId,
      reviewNote: review.reviewNote ?? null,
      reviewedAt: new Date(),
    },
  });
  const audit = (targetId: string) =>
    auditEntry(db, {
      actorId: review.actorId,
      action: review.decision === "accept" ? "proposal.accept" : "proposal.decline",
      targetType: "proposal",
      targetId,
      details: { glossaryId: proposal.glossaryId, term: proposal.text },
    });
  let writes;
  if (review.decision === "decline") writes = [close, audit(proposal.id)];
  else {
    const term: Term = {
      language: proposal.language,
      text: review.text,
      status: review.status,
      ...(proposal.partOfSpeech ? { partOfSpeech: proposal.partOfSpeech as Term["partOfSpeech"] } : {}),
      ...(proposal.note ? { note: proposal.note } : {}),
    };
    writes = [
      close,
      ...(await acceptedTermWrites(db, proposal, term, review.actorId)),
      bumpGlossary(db, proposal.glossaryId),
      audit(proposal.id),
    ];
  }
  try {
    await db.$transaction(writes);
  } catch (error) {
    const code = knownError(error)?.code;
    if (code === "NOT_FOUND" || code === "CONFLICT")
      throw new AppError("CONFLICT", "This proposal or its entry changed meanwhile; reload");
    throw error;
  }
}

async function acceptedTermWrites(
  db: Db,
  proposal: { glossaryId: string; conceptId: string | null; definition: string | null },
  term: Term,
  actorId: string,
) {
  if (!proposal.conceptId) {
    const concept: Concept = { terms: [term], ...(proposal.definition ? { definition: proposal.definition } : {}) };
    return conceptCreation(db, proposal.glossaryId, [{ concept }], { kind: "proposal", actorId }).writes;
  }
  const stored = await getConcept(db, proposal.conceptId);
  const before = entryConcept(stored);
  const after: Concept = { ...before, terms: [...before.terms, term] };
  const version = stored.version + 1;
  return [
    db.concept.update({ where: { id: stored.id, version: stored.version }, data: { version } }),
    db.term.create({ data: { ...termData(stored.glossaryId, term, stored.terms.length), conceptId: stored.id } }),
    historyRow(db, {
      conceptId: stored.id,
      version,
      kind: "proposal",
      actorId,
      changes: changesBetween(before, after),
      snapshot: after,
    }),
  ];
}
