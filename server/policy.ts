// The server's single authorization gate: every server action and route handler that changes
// something calls assertAllowed before it touches the data. The rules live in lib/auth/permissions.ts.
import { decide, type Action, type Ownership, type Viewer } from "../lib/auth/permissions.ts";
import { AppError } from "./errors.ts";

export type { Action, Viewer };

/** Throws UNAUTHENTICATED (no or disabled account) or FORBIDDEN (signed in, not allowed). */
export function assertAllowed(viewer: Viewer | null, action: Action, resource?: Ownership): asserts viewer is Viewer {
  const decision = decide(viewer, action, resource);
  if (decision.allowed) return;
  throw new AppError(
    decision.reason,
    decision.reason === "UNAUTHENTICATED" ? "Sign in to do this" : "Your role does not allow this",
  );
}
