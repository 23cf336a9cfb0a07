// An editor's review of a pending translation: approve (superseding the sentence's earlier approved translation in
// that language), correct and approve, or reject with a comment. Stale views are refused as conflicts.
import { decide } from "../review/review-transitions";
import { editedEvent, type TranslationEvent } from "./translation-events";
import {
  translationTransitions,
  type StoredTranslation,
  type TranslationDraft,
  type TranslationUpdate,
} from "./translation-review";
import { checkActor, checkField, checkQualityGate, type Actor, type Refused } from "./translation-rules";
import { maxCommentLength, maxTranslationLength } from "./translation-text";

/** What the editor saw when they loaded the translation: its version, and the sentence's approved translation then. */
type LoadedForReview = { version: number; approvedId: string | null };

export type Approved = {
  ok: true;
  /**
   * Written in this order, in one transaction, each under its `where`: the superseded row first, so that a unique
   * index on the approved translation of a sentence and language is never violated in between.
   */
  updates: TranslationUpdate[];
  /** The sentence's earlier approved translation for this language, now superseded (kept, not deleted). */
  supersededId: string | null;
  events: TranslationEvent[];
};

/** The sentence's approved translation for the same language as it is now, read in the approving transaction. */
type ApprovalContext = { loaded: LoadedForReview; currentApprovedId: string | null };

function checkReviewable(
  actor: Actor,
  translation: StoredTranslation,
  loadedVersion: number,
  decision: "approve" | "editAndApprove" | "reject",
  at: Date,
): { ok: true; reviewerId: string } | Refused {
  const acting = checkActor(actor, "editor");
  if (!acting.ok) return acting;
  if (!decide(translationTransitions, translation.status, decision, acting.actor.id, at).ok) {
    return { ok: false, code: "notPending" };
  }
  if (translation.version !== loadedVersion) return { ok: false, code: "versionChanged" };
  return { ok: true, reviewerId: acting.actor.id };
}

function approve(
  reviewerId: string,
  translation: StoredTranslation,
  context: ApprovalContext,
  edit: TranslationEvent | null,
  at: Date,
): Approved {
  const supersededId = context.currentApprovedId;
  const text = edit?.kind === "edited" ? { text: edit.text } : {};
  const updates: TranslationUpdate[] = [
    {
      id: translation.id,
      where: { status: "pending", version: translation.version },
      set: { status: "approved", ...text, reviewerId, reviewedAt: at },
    },
  ];
  const events: TranslationEvent[] = edit ? [edit] : [];
  events.push({ kind: "approved", translationId: translation.id, actorId: reviewerId, at, supersededId });
  if (supersededId !== null) {
    updates.unshift({ id: supersededId, where: { status: "approved" }, set: { status: "superseded" } });
    events.push({ kind: "superseded", translationId: supersededId, actorId: reviewerId, at, byId: translation.id });
  }
  return { ok: true, updates, supersededId, events };
}

/**
 * An editor approves a pending translation, which becomes the sentence's only approved one in its language. Refused
 * as a conflict when it changed since the editor loaded it, or another one was approved meanwhile.
 * @example approveTranslation(editor, pendingT2, { loaded: { version: 1, approvedId: "t1" }, currentApprovedId: "t1" }, now)
 * // { ok: true, supersededId: "t1", updates: [t1 → superseded, t2 → approved], events: [approved, superseded] }
 */
export function approveTranslation(
  actor: Actor,
  translation: StoredTranslation,
  context: ApprovalContext,
  at: Date,
): Approved | Refused {
  const review = checkReviewable(actor, translation, context.loaded.version, "approve", at);
  if (!review.ok) return review;
  if (context.currentApprovedId !== context.loaded.approvedId) return { ok: false, code: "approvedChanged" };
  return approve(review.reviewerId, translation, context, null, at);
}

/**
 * An editor corrects a pending translation and approves it in one step. The translation stays its author's; the
 * history records the editor's edit of the author's text. Unchanged text is a plain approval.
 * @example editAndApproveTranslation(editor, pendingT2, { text: "Fixed", issues: [], acknowledgedErrors: false }, context, now)
 * // events: [edited (actor: editor, previousText: the author's), approved, …]
 */
export function editAndApproveTranslation(
  actor: Actor,
  translation: StoredTranslation,
  draft: TranslationDraft,
  context: ApprovalContext,
  at: Date,
): Approved | Refused {
  const review = checkReviewable(actor, translation, context.loaded.version, "editAndApprove", at);
  if (!review.ok) return review;
  if (context.currentApprovedId !== context.loaded.approvedId) return { ok: false, code: "approvedChanged" };
  const text = checkField("text", draft.text, maxTranslationLength);
  if (!text.ok) return text;
  if (text.text === translation.text) return approve(review.reviewerId, translation, context, null, at);
  const gate = checkQualityGate(draft);
  if (gate) return gate;
  return approve(
    review.reviewerId,
    translation,
    context,
    editedEvent(translation, review.reviewerId, text.text, at),
    at,
  );
}

export type Rejected = { ok: true; update: TranslationUpdate; events: TranslationEvent[] };

/**
 * An editor rejects a pending translation, saying why; the comment is shown to its author.
 * @example rejectTranslation(editor, pendingT2, "Wrong sense of « voie »", { loadedVersion: 1 }, now)
 * // { ok: true, update: { id: "t2", where: { status: "pending", version: 1 }, set: { status: "rejected", … } }, … }
 */
export function rejectTranslation(
  actor: Actor,
  translation: StoredTranslation,
  comment: string,
  context: { loadedVersion: number },
  at: Date,
): Rejected | Refused {
  const review = checkReviewable(actor, translation, context.loadedVersion, "reject", at);
  if (!review.ok) return review;
  const checked = checkField("comment", comment, maxCommentLength);
  if (!checked.ok) return checked;
  return {
    ok: true,
    update: {
      id: translation.id,
      where: { status: "pending", version: translation.version },
      set: { status: "rejected", reviewerId: review.reviewerId, reviewedAt: at, reviewComment: checked.text },
    },
    events: [
      { kind: "rejected", translationId: translation.id, actorId: review.reviewerId, at, comment: checked.text },
    ],
  };
}
