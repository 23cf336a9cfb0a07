"use client";

import { useTranslations } from "next-intl";
import type { AuthClientError } from "@/components/auth/auth-client";
import type { FieldErrorCode } from "@/lib/validation/field-errors";
import { PASSWORD_MIN_LENGTH } from "@/server/users/schema";

/** Translated text for field codes (server/users/schema.ts) and better-auth's error codes. */
export function useAuthText() {
  const t = useTranslations("AuthForm");

  function fieldError(code: FieldErrorCode): string {
    switch (code) {
      case "required":
        return t("required");
      case "emailInvalid":
        return t("emailInvalid");
      case "tooShort":
        return t("tooShort", { min: PASSWORD_MIN_LENGTH });
      case "tooLong":
        return t("tooLong");
      case "passwordMismatch":
        return t("passwordMismatch");
      case "roleInvalid":
      case "invalid":
        return t("invalid");
    }
  }

  function formError(error: AuthClientError): string {
    switch (error.code) {
      case "INVALID_EMAIL_OR_PASSWORD":
        return t("invalidCredentials");
      case "ACCOUNT_LOCKED":
        return t("accountLocked", { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
      case "ACCOUNT_DISABLED":
        return t("accountDisabled");
      case "USER_ALREADY_EXISTS":
      case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
        return t("emailTaken");
      case "INVALID_PASSWORD":
        return t("wrongCurrentPassword");
    }
    return error.status === 429 ? t("tooManyRequests") : t("unexpected");
  }

  return { fieldError, formError, passwordHint: t("passwordHint", { min: PASSWORD_MIN_LENGTH }), t };
}
