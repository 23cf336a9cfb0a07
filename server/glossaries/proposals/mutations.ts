// Writes of term proposals: a contributor proposes, an editor accepts or declines. The decision itself is
// lib/glossary/proposal-review.ts; here it is loaded, decided and written in one batch transaction.
import "server-only";
import {
  type AcceptedEntry,
  addTermToEntry,
  type ProposalReview,
  reviewTermProposal,
} from "../../../lib/glossary/proposal-review.ts";
import { entryConcept } from "../../../lib/glossary/stored-concept.ts";
import { auditEntry } from "../../audit/mutations.ts";
import { getDb, type Db } from "../../db.ts";
import { AppError, knownError } from "../../errors.ts";
import { bumpGlossaryVersion, conceptCreation, historyRow, termData } from "../concepts/mutations.ts";
import { getConcept, getConceptGlossaryId } from "../concepts/queries.ts";
import { getReadableGlossary } from "../queries.ts";
import { getProposal } from "./queries.ts";

/**
 * A contributor's draft: a new entry (no conceptId) or a translation of an existing one. A draft glossary takes
 * proposals only from those who may see it (`includeDrafts`); for anyone else it does not exist.
 */
export async function proposeTerm(input: {
  glossaryId: string;
  conceptId?: string;
  language: string;
  text: string;
  partOfSpeech?: string;
  note?: string;
  definition?: string;
  authorId: string;
  includeDrafts?: boolean;
}) {
  await getReadableGlossary(input.glossaryId, { includeDrafts: input.includeDrafts ?? false });
  if (input.conceptId && (await getConceptGlossaryId(input.conceptId)) !== input.glossaryId)
    throw new AppError("NOT_FOUND", "No such entry in this glossary");
  const db = await getDb();
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

/**
 * Accepting adds the (possibly edited) term to its entry, or creates the entry, in the same batch that closes the
 * proposal; the proposal is closed only while still pending, so two editors cannot both accept it.
 */
export async function reviewProposal(input: { proposalId: string; now?: Date } & ProposalReview) {
  const { proposalId, now = new Date(), ...review } = input;
  const proposal = await getProposal(proposalId);
  const result = reviewTermProposal(proposal, review, now);
  if (!result.ok) throw new AppError("CONFLICT", "This proposal was already reviewed");
  const db = await getDb();
  const { id, from, ...closed } = result.proposal;
  const writes = [
    db.termProposal.update({ where: { id, status: from }, data: closed }),
    ...(result.entry ? await entryWrites(db, proposal.glossaryId, result.entry, review.reviewerId) : []),
    auditEntry(db, {
      actorId: review.reviewerId,
      action: review.decision === "accept" ? "proposal.accept" : "proposal.decline",
      targetType: "proposal",
      targetId: id,
      targetLabel: proposal.text,
      details: { glossaryId: proposal.glossaryId, term: proposal.text },
    }),
  ];
  try {
    await db.$transaction(writes);
  } catch (error) {
    const code = knownError(error)?.code;
    if (code === "NOT_FOUND" || code === "CONFLICT")
      throw new AppError("CONFLICT", "This proposal or its entry changed meanwhile; reload");
    throw error;
  }
}

/** The accepted term as rows: a new entry, or the term added to its entry at the version just read. */
async function entryWrites(db: Db, glossaryId: string, entry: AcceptedEntry, actorId: string) {
  if (entry.kind === "create")
    return [
      ...conceptCreation(db, glossaryId, [{ concept: entry.concept }], { kind: "proposal", actorId }).writes,
      bumpGlossaryVersion(db, glossaryId),
    ];
  const stored = await getConcept(entry.conceptId);
  const added = addTermToEntry({ version: stored.version, concept: entryConcept(stored) }, entry.term);
  return [
    db.concept.update({ where: { id: stored.id, version: stored.version }, data: { version: added.version } }),
    db.term.create({ data: { ...termData(stored.glossaryId, entry.term, added.position), conceptId: stored.id } }),
    historyRow(db, {
      conceptId: stored.id,
      version: added.version,
      kind: "proposal",
      actorId,
      changes: added.changes,
      snapshot: added.snapshot,
    }),
    bumpGlossaryVersion(db, glossaryId),
  ];
}
