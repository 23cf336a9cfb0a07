// Our rules around better-auth's endpoints, as one plugin plus its database hooks: input
// validation with the shared zod schemas (400 with field-level details), the per-account
// lockout, the first admin, and disabled users (no new session, existing ones ended on sight).
import type { BetterAuthOptions, BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { z } from "zod";
import { checkLockout, lockoutKey } from "../lib/auth/lockout.ts";
import type { Role } from "../lib/auth/permissions.ts";
import { recordAuditEntry } from "./audit/mutations.ts";
import { clearSignInFailures, deleteUserSessions, recordSignInFailure } from "./users/mutations.ts";
import { findAccountLockout, findSessionUser, hasAdmin, isUserDisabled } from "./users/queries.ts";
import { fieldErrorsOf } from "../lib/validation/field-errors.ts";
import { findUnstorableText, UNSTORABLE_TEXT_CODE } from "../lib/validation/storable-text.ts";
import {
  changePasswordSchema,
  fieldErrorMessages,
  requestPasswordResetSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "./users/schema.ts";

/**
 * A new sign-up is a reader (its own profile and API tokens): proposing terms, the first thing others
 * would see, waits for an admin to grant contributor, so an open sign-up cannot publish.
 */
export const SIGN_UP_ROLE: Role = "reader";

type GuardContext = { now: () => Date };

const inputSchemas: Record<string, z.ZodType> = {
  "/sign-up/email": signUpSchema,
  "/sign-in/email": signInSchema,
  "/change-password": changePasswordSchema,
  "/request-password-reset": requestPasswordResetSchema,
  "/reset-password": resetPasswordSchema,
};

/** Paths that never carry a session worth checking (they create one). */
const signInPaths = new Set(["/sign-up/email", "/sign-in/email"]);

export function accountGuards({ now }: GuardContext) {
  return {
    id: "parallel-account-guards",
    hooks: {
      before: [
        {
          // Every endpoint, also those without a schema of ours (tokens, redirect URLs): text the database
          // cannot store would fail deep inside better-auth's queries as a 500 (NUL on PostgreSQL).
          matcher: () => true,
          handler: createAuthMiddleware(async (ctx) => {
            const body = findUnstorableText(ctx.body);
            const path = body ?? findUnstorableText(ctx.query);
            if (path) throw unstorableInput(path.join("."));
          }),
        },
        {
          matcher: (ctx) => Object.hasOwn(inputSchemas, ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const result = inputSchemas[ctx.path].safeParse(ctx.body);
            if (!result.success) throw invalidInput(result.error);
            // The trimmed name and lower-cased e-mail are what gets stored and compared.
            return { context: { body: { ...ctx.body, ...(result.data as object) } } };
          }),
        },
        {
          matcher: (ctx) => ctx.path === "/sign-in/email",
          handler: createAuthMiddleware(async (ctx) => {
            const check = checkLockout(await findAccountLockout(lockoutKey(ctx.body.email)), now());
            if (!check.isLocked) return;
            const minutes = Math.ceil(check.retryAfterSeconds / 60);
            throw new APIError(
              "TOO_MANY_REQUESTS",
              {
                code: "ACCOUNT_LOCKED",
                message: `Too many wrong passwords for this account. Try again in ${minutes} minute(s).`,
                retryAfter: check.retryAfterSeconds,
              },
              { "Retry-After": String(check.retryAfterSeconds) },
            );
          }),
        },
        {
          // A disabled user's sessions are deleted when they are disabled; should one survive (a
          // change made outside the app), it ends the moment it is presented.
          matcher: (ctx) => !signInPaths.has(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const token = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
            if (!token) return;
            const user = await findSessionUser(token);
            if (user?.disabled) await deleteUserSessions(user.id);
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === "/sign-in/email",
          handler: createAuthMiddleware(async (ctx) => {
            const returned = ctx.context.returned;
            const email = lockoutKey(ctx.body.email);
            if (!isAPIError(returned)) await clearSignInFailures(email);
            else if (returned.statusCode === 401) await recordSignInFailure(email, now());
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}

export function accountDatabaseHooks(): BetterAuthOptions["databaseHooks"] {
  return {
    user: {
      create: {
        // Races only between the very first sign-ups of an install; an admin can demote later.
        before: async (user) => ({ data: { ...user, role: (await hasAdmin()) ? SIGN_UP_ROLE : "admin" } }),
        after: async (user) => {
          if (user.role !== "admin") return;
          await recordAuditEntry({
            actorId: null,
            action: "user.create",
            targetType: "user",
            targetId: user.id,
            targetLabel: user.name,
            details: { role: "admin", reason: "first account of the install" },
          });
        },
      },
    },
    session: {
      create: {
        // Runs after the password was checked, so only the account's owner learns it is disabled.
        before: async (session) => {
          if (await isUserDisabled(session.userId)) {
            throw new APIError("FORBIDDEN", { code: "ACCOUNT_DISABLED", message: "This account is disabled." });
          }
        },
      },
    },
  };
}

function unstorableInput(path: string) {
  const message = fieldErrorMessages[UNSTORABLE_TEXT_CODE];
  return new APIError("BAD_REQUEST", {
    code: "INVALID_INPUT",
    message: `${path}: ${message}`,
    details: [{ path, code: UNSTORABLE_TEXT_CODE, message }],
  });
}

function invalidInput(error: z.ZodError) {
  const details = fieldErrorsOf(error).map(({ path, code }) => ({ path, code, message: fieldErrorMessages[code] }));
  return new APIError("BAD_REQUEST", {
    code: "INVALID_INPUT",
    message: details.map((d) => `${d.path}: ${d.message}`).join("; "),
    details,
  });
}
