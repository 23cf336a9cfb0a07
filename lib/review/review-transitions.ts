// A review workflow as a table: from which state each decision may be taken and where it leads. Pure (no I/O, no
// clock); glossary term proposals use it today, translation review (proposed → approved | rejected) next.

/**
 * For each state, the decisions a reviewer may take in it and the state each one leads to; a state with no
 * decisions is closed.
 * @example const proposals = { pending: { accept: "accepted", decline: "declined" }, accepted: {}, declined: {} };
 */
export type ReviewTransitions<State extends string, Decision extends string> = Record<
  State,
  Partial<Record<Decision, State>>
>;

/**
 * A decision taken: the state it was taken in (the write must still find it there: "only while still pending"), the
 * new state, who decided and when.
 */
type ReviewDecided<State extends string, Decision extends string> = {
  ok: true;
  decision: Decision;
  from: State;
  to: State;
  reviewerId: string;
  reviewedAt: Date;
};

/** A decision the table does not allow in the current state (already decided, or closed). */
type ReviewRefused<State extends string, Decision extends string> = {
  ok: false;
  code: "notAllowed";
  decision: Decision;
  state: State;
};

export type ReviewOutcome<State extends string, Decision extends string> =
  ReviewDecided<State, Decision> | ReviewRefused<State, Decision>;

/**
 * Applies a reviewer's decision to an item in state `current`.
 * @example decide(proposalTransitions, "pending", "accept", "u1", at) // { ok: true, from: "pending", to: "accepted", … }
 * @example decide(proposalTransitions, "declined", "accept", "u1", at) // { ok: false, code: "notAllowed", … }
 */
export function decide<State extends string, Decision extends string>(
  transitions: ReviewTransitions<State, Decision>,
  current: State,
  decision: Decision,
  reviewerId: string,
  at: Date,
): ReviewOutcome<State, Decision> {
  const to = transitions[current]?.[decision];
  if (to === undefined) return { ok: false, code: "notAllowed", decision, state: current };
  return { ok: true, decision, from: current, to, reviewerId, reviewedAt: at };
}
