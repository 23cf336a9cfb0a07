// The checks every translation decision shares: who is acting (role, disabled account), whether the text passes,
// and the quality gate. Refusals are codes; `refusalErrorCodes` says which server error (and HTTP status) each is.
import { roles, type Role, type Viewer } from "../auth/permissions";
import type { QualityIssue } from "../quality/types";
import type { FieldError } from "../validation/field-errors";
import { checkText } from "./translation-text";

/** Why a decision was refused, each mapped to the server's error code (server/errors.ts) it is answered with. */
export const refusalErrorCodes = {
  /** No account, or a disabled one: the same answer `decide` (lib/auth/permissions.ts) gives. */
  unauthenticated: "UNAUTHENTICATED",
  /** The role is below what the decision needs (a reader translating, a contributor approving). */
  forbidden: "FORBIDDEN",
  /** Only its author edits or withdraws a pending translation; editors use editAndApprove or reject. */
  notAuthor: "FORBIDDEN",
  /** Nobody votes on their own translation. */
  ownTranslation: "FORBIDDEN",
  /** Already approved, rejected or superseded since it was loaded: review decisions are taken while pending. */
  notPending: "CONFLICT",
  /** Its text was edited since the actor loaded it: they would decide on a text they have not seen. */
  versionChanged: "CONFLICT",
  /** Another translation of the same sentence and language was approved since the editor loaded it. */
  approvedChanged: "CONFLICT",
  /** Rejected or superseded: no votes, no changes; a new suggestion is the way forward. */
  closed: "CONFLICT",
  /** Others have voted on or commented on it, so withdrawing would delete their work. */
  engagedByOthers: "CONFLICT",
  /** An edit that leaves the text as it was: nothing to record. */
  unchanged: "INVALID_INPUT",
  /** Error-level quality issues the contributor has not ticked as checked. */
  unacknowledgedErrors: "INVALID_INPUT",
  /** A field failed its check; `fieldErrors` says which and why. */
  invalidInput: "INVALID_INPUT",
  /** Withdrawing a vote that is not there. */
  noVote: "NOT_FOUND",
} as const satisfies Record<string, "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID_INPUT">;

export type RefusalCode = keyof typeof refusalErrorCodes;

export const refusalCodes = Object.keys(refusalErrorCodes) as RefusalCode[];

export type Refused =
  | { ok: false; code: Exclude<RefusalCode, "invalidInput" | "unacknowledgedErrors"> }
  | { ok: false; code: "invalidInput"; fieldErrors: FieldError[] }
  | { ok: false; code: "unacknowledgedErrors"; issues: QualityIssue[] };

/** The acting user as the server resolved them; null when nobody is signed in. */
export type Actor = Viewer | null;

/**
 * The actor, or the refusal of a missing or disabled account, or a role below `minimumRole` (roles are listed from least to most power).
 * @example checkActor({ id: "u1", role: "reader", isDisabled: false }, "contributor") // { ok: false, code: "forbidden" }
 */
export function checkActor(actor: Actor, minimumRole: Role): { ok: true; actor: Viewer } | Refused {
  if (!actor || actor.isDisabled) return { ok: false, code: "unauthenticated" };
  if (roles.indexOf(actor.role) < roles.indexOf(minimumRole)) return { ok: false, code: "forbidden" };
  return { ok: true, actor };
}

/** Whether the actor may approve and reject: editors and admins. */
export function isReviewer(actor: Actor): boolean {
  return checkActor(actor, "editor").ok;
}

/**
 * The checked text of a field, or the refusal naming the field.
 * @example checkField("comment", "  ", 2000) // { ok: false, code: "invalidInput", fieldErrors: [{ path: "comment", code: "required" }] }
 */
export function checkField(path: string, value: string, maxLength: number): { ok: true; text: string } | Refused {
  const checked = checkText(value, maxLength);
  return checked.ok ? checked : { ok: false, code: "invalidInput", fieldErrors: [{ path, code: checked.code }] };
}

/** What the contributor saw in the quality panel for the text they send, and whether they ticked "I checked". */
export type QualityGate = { issues: readonly QualityIssue[]; acknowledgedErrors: boolean };

/**
 * Error-level issues block a submission until acknowledged; warnings never do. The issues must be those of the
 * normalized text being stored (run lib/quality/run-quality-checks.ts on `normalizeText(text)`).
 * @example checkQualityGate({ issues: [{ code: "untranslated", severity: "error", spans: [] }], acknowledgedErrors: false })
 * // { ok: false, code: "unacknowledgedErrors", issues: [the untranslated issue] }
 */
export function checkQualityGate(gate: QualityGate): Refused | null {
  const errors = gate.issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0 && !gate.acknowledgedErrors) return { ok: false, code: "unacknowledgedErrors", issues: errors };
  return null;
}
