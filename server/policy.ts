// The server's single authorization gate: every server action and route handler that changes
// something calls assertAllowed before it touches the data. The rules live in lib/auth/permissions.ts.
import { decide, type Action, type Ownership, type Viewer } from "../lib/auth/permissions.ts";
import { AppError } from "./errors.ts";

export type { Action, Viewer };

/**
 * Throws UNAUTHENTICATED (no or disabled account), FORBIDDEN (signed in, not allowed), or
 * NOT_FOUND (someone else's resource under a rule that hides whether it exists).
 */
export function assertAllowed(viewer: Viewer | null, action: Action, resource?: Ownership): asserts viewer is Viewer {
  const decision = decide(viewer, action, resource);
  if (decision.allowed) return;
  throw new AppError(decision.reason, denialMessages[decision.reason]);
}

/** NOT_FOUND says what a missing id says (NOT_FOUND_MESSAGE), so that the two cannot be told apart. */
const denialMessages = {
  UNAUTHENTICATED: "Sign in to do this",
  FORBIDDEN: "Your role does not allow this",
  NOT_FOUND: "Not found",
} as const;

/** The message of a NOT_FOUND for a missing resource, where a rule may hide others' (see hidesOthers). */
export const NOT_FOUND_MESSAGE = denialMessages.NOT_FOUND;
