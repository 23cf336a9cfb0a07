// The account errors the sign-in, sign-up and password forms put in words: better-auth's codes plus the two that
// server/auth-guards.ts adds. Any other code reads as "too many requests" on a 429, else as "unexpected".

export const authErrorCodes = [
  "INVALID_EMAIL_OR_PASSWORD",
  "ACCOUNT_LOCKED",
  "ACCOUNT_DISABLED",
  "USER_ALREADY_EXISTS",
  "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
  "INVALID_PASSWORD",
  /** Sign-in before the sign-up link was opened, when an SMTP server is configured; better-auth sends a new link. */
  "EMAIL_NOT_VERIFIED",
  /** A password-reset link that was used already, has expired (one hour) or never existed. */
  "INVALID_TOKEN",
] as const;
export type AuthErrorCode = (typeof authErrorCodes)[number];

/**
 * A response body's code that the forms have a message for.
 * @example isAuthErrorCode("ACCOUNT_LOCKED") // true
 */
export const isAuthErrorCode = (code: string | undefined): code is AuthErrorCode =>
  (authErrorCodes as readonly (string | undefined)[]).includes(code);
