// The history of a translation as events: every decision of translation-review.ts and translation-votes.ts returns
// the events it implies, and the server writes them beside the rows, so history and state cannot drift apart.

export const translationEventKinds = [
  "created",
  "edited",
  "voted",
  "voteWithdrawn",
  "approved",
  "superseded",
  "rejected",
  "commented",
] as const;

type TranslationEventKind = (typeof translationEventKinds)[number];

export type VoteValue = 1 | -1;

/** Who did it and when; `actorId` is the user who acted, not necessarily the translation's author. */
type EventBase = { kind: TranslationEventKind; translationId: string; actorId: string; at: Date };

export type TranslationEvent = EventBase &
  (
    | {
        kind: "created";
        text: string;
        /** The approved translation this one proposes to change (an approved one is never edited in place). */
        basedOnId: string | null;
      }
    | {
        kind: "edited";
        /** The text before the edit: the history keeps every version. */
        previousText: string;
        text: string;
      }
    | { kind: "voted"; value: VoteValue; reason: string | null; previousValue: VoteValue | null }
    | { kind: "voteWithdrawn"; previousValue: VoteValue }
    | { kind: "approved"; supersededId: string | null }
    | { kind: "superseded"; byId: string }
    | { kind: "rejected"; comment: string }
    | { kind: "commented"; comment: string }
  );

/**
 * The history row of a text change: the earlier text is kept in it.
 * @example editedEvent({ id: "t1", text: "Old" }, "u2", "New", at) // { kind: "edited", previousText: "Old", text: "New", … }
 */
export function editedEvent(
  translation: { id: string; text: string },
  actorId: string,
  text: string,
  at: Date,
): TranslationEvent {
  return { kind: "edited", translationId: translation.id, actorId, at, previousText: translation.text, text };
}
