// Votes on translations: one per user and translation, +1 or −1, changeable and withdrawable; a down-vote says why,
// for the author. Pure: the server reads the user's current vote, calls these, and writes the vote and its events.
import type { TranslationEvent, VoteValue } from "./translation-events";
import type { TranslationStatus } from "./translation-ranking";
import { checkActor, checkField, type Actor, type Refused } from "./translation-rules";
import { maxVoteReasonLength } from "./translation-text";

/** A user's vote as stored; `reason` only on a down-vote. */
export type StoredVote = { value: VoteValue; reason: string | null };

/** The translation voted on, as far as voting needs it. */
export type VotedTranslation = { id: string; authorId: string; status: TranslationStatus };

/**
 * Pending and approved translations take votes. An approved one still does: the reader shows its score, and a
 * falling score on it is how editors learn that an approved text needs another look. Rejected and superseded ones
 * are closed: no reader sees them, so a vote would count for nothing.
 */
const openForVotes: ReadonlySet<TranslationStatus> = new Set(["pending", "approved"]);

type VoteChange = "cast" | "changed" | "unchanged";

export type Voted = {
  ok: true;
  /** The row to upsert for (translationId, userId). */
  vote: StoredVote & { translationId: string; userId: string };
  /** "unchanged": the same vote again (a double click); nothing to write, no event. */
  change: VoteChange;
  events: TranslationEvent[];
};

/**
 * Casts or changes the actor's vote. A down-vote needs a reason (trimmed, up to 500 characters); an up-vote's
 * reason is dropped, since only a down-vote's is shown.
 * @example castVote(contributor, { id: "t1", authorId: "u2", status: "pending" }, null, { value: -1, reason: " Wrong date " }, now)
 * // { ok: true, vote: { value: -1, reason: "Wrong date", … }, change: "cast", events: [{ kind: "voted", … }] }
 */
export function castVote(
  actor: Actor,
  translation: VotedTranslation,
  current: StoredVote | null,
  input: { value: VoteValue; reason?: string | null },
  at: Date,
): Voted | Refused {
  const acting = checkActor(actor, "contributor");
  if (!acting.ok) return acting;
  const userId = acting.actor.id;
  if (translation.authorId === userId) return { ok: false, code: "ownTranslation" };
  if (!openForVotes.has(translation.status)) return { ok: false, code: "closed" };
  let reason: string | null = null;
  if (input.value === -1) {
    const checked = checkField("reason", input.reason ?? "", maxVoteReasonLength);
    if (!checked.ok) return checked;
    reason = checked.text;
  }
  const vote = { translationId: translation.id, userId, value: input.value, reason };
  if (current && current.value === vote.value && current.reason === vote.reason) {
    return { ok: true, vote, change: "unchanged", events: [] };
  }
  return {
    ok: true,
    vote,
    change: current ? "changed" : "cast",
    events: [
      {
        kind: "voted",
        translationId: translation.id,
        actorId: userId,
        at,
        value: vote.value,
        reason,
        previousValue: current?.value ?? null,
      },
    ],
  };
}

/**
 * Withdraws the actor's vote, in any status: it is the voter's own, and on a closed translation it counts for nothing.
 * @example withdrawVote(contributor, { id: "t1", authorId: "u2", status: "pending" }, { value: 1, reason: null }, now)
 * // { ok: true, delete: { translationId: "t1", userId: "u1" }, events: [{ kind: "voteWithdrawn", previousValue: 1, … }] }
 */
export function withdrawVote(
  actor: Actor,
  translation: VotedTranslation,
  current: StoredVote | null,
  at: Date,
): { ok: true; delete: { translationId: string; userId: string }; events: TranslationEvent[] } | Refused {
  const acting = checkActor(actor, "contributor");
  if (!acting.ok) return acting;
  if (!current) return { ok: false, code: "noVote" };
  const userId = acting.actor.id;
  return {
    ok: true,
    delete: { translationId: translation.id, userId },
    events: [
      { kind: "voteWithdrawn", translationId: translation.id, actorId: userId, at, previousValue: current.value },
    ],
  };
}
