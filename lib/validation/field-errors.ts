// Form errors as codes: each schema's issue message is one of these codes, and the forms translate
// them. Shared by the account forms, the server-action factory (server/action.ts) and better-auth's guards.
import type { z } from "zod";

export const fieldErrorCodes = [
  "required",
  "emailInvalid",
  "tooShort",
  "tooLong",
  "passwordMismatch",
  "roleInvalid",
  "invalid",
  /** NUL or a lone surrogate (lib/validation/storable-text.ts). */
  "invalidCharacters",
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export type FieldError = { path: string; code: FieldErrorCode };

/** The first problem of each field, as codes; zod's own messages (a wrong type) become "invalid". */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (seen.has(path)) continue;
    seen.add(path);
    const code = (fieldErrorCodes as readonly string[]).includes(issue.message)
      ? (issue.message as FieldErrorCode)
      : "invalid";
    errors.push({ path, code });
  }
  return errors;
}
