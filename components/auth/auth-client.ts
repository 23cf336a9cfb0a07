// better-auth's browser client: same-origin calls to /api/auth (app/api/auth/[...all]/route.ts).
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();

/** What a failed call resolves to: the response body's code and fields, plus the HTTP status. */
export type AuthClientError = {
  status: number;
  code?: string;
  message?: string;
  /** ACCOUNT_LOCKED: seconds until the account unlocks. */
  retryAfter?: number;
  /** INVALID_INPUT: the field-level problems. */
  details?: { path: string; code: string }[];
};
