// Reads of term proposals: the review queue of a glossary, its pending count, a contributor's own, and one
// proposal as its review needs it.
import "server-only";
import type { ProposalStatus, ProposalUnderReview } from "../../../lib/glossary/proposal-review.ts";
import { getDb } from "../../db.ts";
import { AppError } from "../../errors.ts";

const proposalSelect = {
  id: true,
  glossaryId: true,
  conceptId: true,
  language: true,
  text: true,
  partOfSpeech: true,
  note: true,
  definition: true,
  status: true,
  reviewNote: true,
  reviewedAt: true,
  createdAt: true,
  author: { select: { name: true } },
  concept: {
    select: { id: true, terms: { select: { language: true, text: true, status: true }, orderBy: { position: "asc" } } },
  },
} as const;

export async function listProposals({ glossaryId, status }: { glossaryId: string; status: ProposalStatus }) {
  const db = await getDb();
  return db.termProposal.findMany({
    where: { glossaryId, status },
    select: proposalSelect,
    orderBy: [{ createdAt: status === "pending" ? "asc" : "desc" }, { id: "asc" }],
    take: 200,
  });
}

export async function countPendingProposals(glossaryId: string) {
  const db = await getDb();
  return db.termProposal.count({ where: { glossaryId, status: "pending" } });
}

/** A contributor's own proposals still waiting in a glossary, newest first; `conceptId` narrows to one entry's. */
export async function listPendingProposalsOf({
  authorId,
  glossaryId,
  conceptId,
}: {
  authorId: string;
  glossaryId: string;
  conceptId?: string;
}) {
  const db = await getDb();
  return db.termProposal.findMany({
    where: { authorId, glossaryId, status: "pending", ...(conceptId ? { conceptId } : {}) },
    select: {
      id: true,
      conceptId: true,
      language: true,
      text: true,
      partOfSpeech: true,
      note: true,
      definition: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
  });
}

/** One proposal with its glossary, for its review; NOT_FOUND when there is none. */
export async function getProposal(proposalId: string): Promise<ProposalUnderReview & { glossaryId: string }> {
  const db = await getDb();
  const proposal = await db.termProposal.findUnique({
    where: { id: proposalId },
    select: {
      id: true,
      glossaryId: true,
      conceptId: true,
      status: true,
      language: true,
      text: true,
      partOfSpeech: true,
      note: true,
      definition: true,
    },
  });
  if (!proposal) throw new AppError("NOT_FOUND", "No such proposal");
  return proposal;
}
