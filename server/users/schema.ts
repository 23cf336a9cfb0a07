// Account inputs: the forms validate with these before sending, and server/auth-guards.ts
// validates the same body again before better-auth sees it. Isomorphic: no Prisma, no Next.
// Issue messages are codes (lib/validation/field-errors.ts); the forms translate them, the API adds English.
import { z } from "zod";
import { locales } from "../../i18n/locales.ts";
import { roles } from "../../lib/auth/permissions.ts";
import type { FieldErrorCode } from "../../lib/validation/field-errors.ts";
import { languageTagSchema } from "../../lib/validation/language-tag.ts";
import { storableString } from "../../lib/validation/storable-text.ts";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 80;
/** RFC 5321's limit for a forward path. */
const EMAIL_MAX_LENGTH = 254;

/** English for API clients; the forms show the localized text for the same code. */
export const fieldErrorMessages: Record<FieldErrorCode, string> = {
  required: "Required",
  emailInvalid: "Enter an e-mail address such as name@example.org",
  tooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
  tooLong: "Too long",
  passwordMismatch: "The two passwords differ",
  roleInvalid: `Expected one of ${roles.join(", ")}`,
  invalid: "Invalid value",
  invalidCharacters: "Contains a NUL character or a broken (lone surrogate) character",
};

/** A missing or non-string value reads as "required", not as a type error the user cannot act on. */
const text = (value: unknown) => (typeof value === "string" ? value : "");

const emailSchema = z.preprocess(
  text,
  storableString()
    .trim()
    .min(1, "required")
    .max(EMAIL_MAX_LENGTH, "tooLong")
    .pipe(z.email("emailInvalid"))
    .transform((email) => email.toLowerCase()),
);

const newPasswordSchema = z.preprocess(
  text,
  storableString().min(1, "required").min(PASSWORD_MIN_LENGTH, "tooShort").max(PASSWORD_MAX_LENGTH, "tooLong"),
);

/** Signing in checks only presence and size: the length rule is for new passwords. */
const currentPasswordSchema = z.preprocess(
  text,
  storableString().min(1, "required").max(PASSWORD_MAX_LENGTH, "tooLong"),
);

const nameSchema = z.preprocess(text, storableString().trim().min(1, "required").max(NAME_MAX_LENGTH, "tooLong"));

export const signUpSchema = z.object({ name: nameSchema, email: emailSchema, password: newPasswordSchema });

export const signInSchema = z.object({ email: emailSchema, password: currentPasswordSchema });

export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
  revokeOtherSessions: z.boolean().optional(),
});

/** The form asks for the new password twice; the API takes it once. */
export const changePasswordFormSchema = changePasswordSchema
  .extend({ confirmPassword: z.preprocess(text, storableString().min(1, "required")) })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordMismatch",
  });

/** "Forgot your password?": only the address; better-auth answers the same whether or not it has an account. */
export const requestPasswordResetSchema = z.object({ email: emailSchema });

/** The token better-auth put in the e-mailed (or logged) link: opaque, so only its presence and size are checked. */
const resetTokenSchema = z.preprocess(text, storableString().min(1, "required").max(256, "tooLong"));

export const resetPasswordSchema = z.object({ token: resetTokenSchema, newPassword: newPasswordSchema });

/** The reset form asks for the new password twice, as the change-password form does. */
export const resetPasswordFormSchema = resetPasswordSchema
  .extend({ confirmPassword: z.preprocess(text, storableString().min(1, "required")) })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordMismatch",
  });

/** `npm run user:create`: the name defaults to the address's local part. */
export const createUserSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: z.preprocess((value) => (value === undefined ? undefined : text(value)), nameSchema.optional()),
  role: z.enum(roles, "roleInvalid"),
});

/** A select's empty option ("" from a form) means "no preference". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), schema.nullable());

export const updateProfileSchema = z.object({
  name: nameSchema,
  uiLocale: optional(z.enum(locales, "invalid")),
  readingLanguage: optional(languageTagSchema),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

/** A user id as the admin forms send it; cuid-shaped, but only its size is checked here. */
const userIdSchema = z.preprocess(text, storableString().min(1, "required").max(64, "tooLong"));

export const setUserRoleSchema = z.object({ userId: userIdSchema, role: z.enum(roles, "roleInvalid") });

/** Forms send "true"/"false"; JSON callers send booleans. */
const flag = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean("invalid"),
);

export const setUserDisabledSchema = z.object({ userId: userIdSchema, disabled: flag });

export const USER_SEARCH_MAX_LENGTH = 100;

/** `GET /api/v1/me`: who the credentials belong to. */
export const meResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  preferences: z.object({
    uiLocale: z
      .enum(locales)
      .nullable()
      .meta({ description: "Preferred interface language, or null to follow the browser" }),
    readingLanguage: z
      .string()
      .nullable()
      .meta({ description: "Preferred translation language in the reader (BCP 47), or null" }),
  }),
});
