// The lifecycle of a translation (pending → approved | rejected, approved → superseded) as pure decisions: each
// checks who acts and on what, and returns the rows to write, the conditions the write must still find, and events.
import { decide, type ReviewTransitions } from "../review/review-transitions";
import { editedEvent, type TranslationEvent } from "./translation-events";
import type { TranslationStatus } from "./translation-ranking";
import {
  checkActor,
  checkField,
  checkQualityGate,
  type Actor,
  type QualityGate,
  type Refused,
} from "./translation-rules";
import { maxCommentLength, maxTranslationLength } from "./translation-text";

export const translationStatuses = [
  "pending",
  "approved",
  "rejected",
  "superseded",
] as const satisfies readonly TranslationStatus[];

type StatusDecision = "edit" | "approve" | "editAndApprove" | "reject" | "supersede";

/** Which decision is open in which status; the UI may show only these, the decisions below enforce them. */
export const translationTransitions: ReviewTransitions<TranslationStatus, StatusDecision> = {
  pending: { edit: "pending", approve: "approved", editAndApprove: "approved", reject: "rejected" },
  approved: { supersede: "superseded" },
  rejected: {},
  superseded: {},
};

/** A stored translation, as far as its review needs it. `version` goes up with every write to the row. */
export type StoredTranslation = {
  id: string;
  segmentId: string;
  language: string;
  authorId: string;
  status: TranslationStatus;
  text: string;
  version: number;
};

/** A row to insert; the server picks the id before deciding, so the events can name it. */
type NewTranslation = Omit<StoredTranslation, "version"> & {
  status: "pending";
  version: 1;
  basedOnId: string | null;
  createdAt: Date;
};

/**
 * An update that holds only if the row is still as `where` says (an update-where counting one row): otherwise
 * someone else got there first and the server answers CONFLICT. The server also increments `version`.
 */
export type TranslationUpdate = {
  id: string;
  where: { status: TranslationStatus; version?: number };
  set: {
    status?: TranslationStatus;
    text?: string;
    reviewerId?: string;
    reviewedAt?: Date;
    reviewComment?: string;
  };
};

/** Text as the contributor sent it, with the quality issues of that text and their "I checked" tick. */
export type TranslationDraft = QualityGate & { text: string };

type Created = { ok: true; translation: NewTranslation; events: TranslationEvent[] };

function createPending(
  authorId: string,
  target: { id: string; segmentId: string; language: string; basedOnId: string | null },
  draft: TranslationDraft,
  at: Date,
): Created | Refused {
  const text = checkField("text", draft.text, maxTranslationLength);
  if (!text.ok) return text;
  const gate = checkQualityGate(draft);
  if (gate) return gate;
  const { id, segmentId, language, basedOnId } = target;
  return {
    ok: true,
    translation: {
      id,
      segmentId,
      language,
      basedOnId,
      authorId,
      text: text.text,
      status: "pending",
      version: 1,
      createdAt: at,
    },
    events: [{ kind: "created", translationId: id, actorId: authorId, at, text: text.text, basedOnId }],
  };
}

/**
 * A contributor's (or editor's) new translation of a sentence, pending review.
 * @example submitTranslation(contributor, { id: "t9", segmentId: "s1", language: "en" },
 *   { text: "The middle corridor", issues: [], acknowledgedErrors: false }, now)
 * // { ok: true, translation: { id: "t9", status: "pending", … }, events: [{ kind: "created", … }] }
 */
export function submitTranslation(
  actor: Actor,
  target: { id: string; segmentId: string; language: string },
  draft: TranslationDraft,
  at: Date,
): Created | Refused {
  const acting = checkActor(actor, "contributor");
  if (!acting.ok) return acting;
  return createPending(acting.actor.id, { ...target, basedOnId: null }, draft, at);
}

export type Revised =
  | { ok: true; effect: "edit"; update: TranslationUpdate; events: TranslationEvent[] }
  | ({ effect: "createPending" } & Created);

/**
 * A change to a translation. Its author edits a pending one in place (the earlier text goes to history); an approved
 * one is locked, so any contributor's change, its author's included, becomes a new pending suggestion based on it.
 * @example reviseTranslation(author, pendingT1, { text: "Fixed", … }, { id: "t9", loadedVersion: 2 }, now)
 * // { ok: true, effect: "edit", update: { id: "t1", where: { status: "pending", version: 2 }, set: { text: "Fixed" } }, … }
 */
export function reviseTranslation(
  actor: Actor,
  translation: StoredTranslation,
  draft: TranslationDraft,
  context: { loadedVersion: number; newId: string },
  at: Date,
): Revised | Refused {
  const acting = checkActor(actor, "contributor");
  if (!acting.ok) return acting;
  const actorId = acting.actor.id;
  if (translation.status === "approved") {
    const { segmentId, language } = translation;
    const created = createPending(
      actorId,
      { id: context.newId, segmentId, language, basedOnId: translation.id },
      draft,
      at,
    );
    return created.ok ? { ...created, effect: "createPending" } : created;
  }
  if (!decide(translationTransitions, translation.status, "edit", actorId, at).ok) return { ok: false, code: "closed" };
  if (translation.authorId !== actorId) return { ok: false, code: "notAuthor" };
  if (translation.version !== context.loadedVersion) return { ok: false, code: "versionChanged" };
  const text = checkField("text", draft.text, maxTranslationLength);
  if (!text.ok) return text;
  if (text.text === translation.text) return { ok: false, code: "unchanged" };
  const gate = checkQualityGate(draft);
  if (gate) return gate;
  return {
    ok: true,
    effect: "edit",
    update: {
      id: translation.id,
      where: { status: "pending", version: translation.version },
      set: { text: text.text },
    },
    events: [editedEvent(translation, actorId, text.text, at)],
  };
}

/**
 * Its author takes back a pending translation nobody else has voted on or commented on: the row and its history are
 * deleted, since nothing in them is anyone else's. Otherwise it stays for review (the author may still edit it).
 * @example withdrawTranslation(author, pendingT1, { hasOthersEngagement: false }) // { ok: true, delete: { id: "t1", where: { status: "pending", version: 1 } } }
 */
export function withdrawTranslation(
  actor: Actor,
  translation: StoredTranslation,
  context: { hasOthersEngagement: boolean },
): { ok: true; delete: { id: string; where: { status: "pending"; version: number } } } | Refused {
  const acting = checkActor(actor, "contributor");
  if (!acting.ok) return acting;
  if (translation.status !== "pending") return { ok: false, code: "notPending" };
  if (translation.authorId !== acting.actor.id) return { ok: false, code: "notAuthor" };
  if (context.hasOthersEngagement) return { ok: false, code: "engagedByOthers" };
  return { ok: true, delete: { id: translation.id, where: { status: "pending", version: translation.version } } };
}

export type NewComment = { id: string; translationId: string; authorId: string; text: string; createdAt: Date };

/**
 * A contributor's comment on a translation, in any status: a rejected one's discussion is where its author learns.
 * @example commentOnTranslation(contributor, { id: "t2" }, "Why “corridor”?", { newId: "c1" }, now)
 * // { ok: true, comment: { id: "c1", translationId: "t2", … }, events: [{ kind: "commented", … }] }
 */
export function commentOnTranslation(
  actor: Actor,
  translation: { id: string },
  comment: string,
  context: { newId: string },
  at: Date,
): { ok: true; comment: NewComment; events: TranslationEvent[] } | Refused {
  const acting = checkActor(actor, "contributor");
  if (!acting.ok) return acting;
  const checked = checkField("comment", comment, maxCommentLength);
  if (!checked.ok) return checked;
  const row = {
    id: context.newId,
    translationId: translation.id,
    authorId: acting.actor.id,
    text: checked.text,
    createdAt: at,
  };
  return {
    ok: true,
    comment: row,
    events: [{ kind: "commented", translationId: translation.id, actorId: acting.actor.id, at, comment: checked.text }],
  };
}
