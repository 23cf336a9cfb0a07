// The review of a contributor's term proposal: pending → accepted | declined, only while still pending. Pure: the
// mutation loads the proposal (and the entry it adds to), calls these, and writes what they return in one batch.
import { decide, type ReviewTransitions } from "../review/review-transitions";
import { changesBetween } from "./concept-changes";
import type { FieldChange } from "./import-plan";
import { isPartOfSpeech, type Concept, type Term, type TermStatus } from "./types";

export type ProposalStatus = "pending" | "accepted" | "declined";
type ProposalDecision = "accept" | "decline";

const proposalTransitions: ReviewTransitions<ProposalStatus, ProposalDecision> = {
  pending: { accept: "accepted", decline: "declined" },
  accepted: {},
  declined: {},
};

/** A stored proposal, as far as its review needs it. */
export type ProposalUnderReview = {
  id: string;
  conceptId: string | null;
  status: ProposalStatus;
  language: string;
  text: string;
  partOfSpeech: string | null;
  note: string | null;
  definition: string | null;
};

/** An editor's decision; accepting may edit the text and sets the term's status. */
export type ProposalReview =
  | { decision: "decline"; reviewNote?: string; reviewerId: string }
  | { decision: "accept"; text: string; status: TermStatus; reviewNote?: string; reviewerId: string };

/** What accepting adds: a new entry (no conceptId on the proposal), or a term on the entry it names. */
export type AcceptedEntry = { kind: "create"; concept: Concept } | { kind: "addTerm"; conceptId: string; term: Term };

export type ProposalReviewResult =
  | { ok: false; code: "alreadyReviewed"; status: ProposalStatus }
  | {
      ok: true;
      /** The proposal's new row; the write must find it still in status `from`, so two editors cannot both decide. */
      proposal: {
        id: string;
        from: ProposalStatus;
        status: ProposalStatus;
        reviewerId: string;
        reviewNote: string | null;
        reviewedAt: Date;
      };
      /** null when declined. */
      entry: AcceptedEntry | null;
    };

/**
 * Decides a proposal at `at`.
 * @example reviewTermProposal({ id: "p1", conceptId: "c1", status: "pending", language: "fr", text: "Astana", … },
 *   { decision: "accept", text: "Astana", status: "preferred", reviewerId: "u1" }, now)
 * // { ok: true, proposal: { id: "p1", from: "pending", status: "accepted", … }, entry: { kind: "addTerm", conceptId: "c1", term: { … } } }
 */
export function reviewTermProposal(
  proposal: ProposalUnderReview,
  review: ProposalReview,
  at: Date,
): ProposalReviewResult {
  const outcome = decide(proposalTransitions, proposal.status, review.decision, review.reviewerId, at);
  if (!outcome.ok) return { ok: false, code: "alreadyReviewed", status: outcome.state };
  return {
    ok: true,
    proposal: {
      id: proposal.id,
      from: outcome.from,
      status: outcome.to,
      reviewerId: outcome.reviewerId,
      reviewNote: review.reviewNote ?? null,
      reviewedAt: outcome.reviewedAt,
    },
    entry: review.decision === "accept" ? acceptedEntry(proposal, review) : null,
  };
}

function acceptedEntry(proposal: ProposalUnderReview, review: { text: string; status: TermStatus }): AcceptedEntry {
  const term: Term = {
    language: proposal.language,
    text: review.text,
    status: review.status,
    ...(isPartOfSpeech(proposal.partOfSpeech) ? { partOfSpeech: proposal.partOfSpeech } : {}),
    ...(proposal.note ? { note: proposal.note } : {}),
  };
  if (proposal.conceptId) return { kind: "addTerm", conceptId: proposal.conceptId, term };
  return {
    kind: "create",
    concept: { terms: [term], ...(proposal.definition ? { definition: proposal.definition } : {}) },
  };
}

/**
 * The entry after an accepted term is added at its end: the version to write, the term's position, the history row.
 * @example addTermToEntry({ version: 3, concept: { terms: [en] } }, fr) // { version: 4, position: 1, changes: [{ kind: "termAdded", … }], snapshot: { terms: [en, fr] } }
 */
export function addTermToEntry(
  entry: { version: number; concept: Concept },
  term: Term,
): { version: number; position: number; changes: FieldChange[]; snapshot: Concept } {
  const snapshot: Concept = { ...entry.concept, terms: [...entry.concept.terms, term] };
  return {
    version: entry.version + 1,
    position: entry.concept.terms.length,
    changes: changesBetween(entry.concept, snapshot),
    snapshot,
  };
}
