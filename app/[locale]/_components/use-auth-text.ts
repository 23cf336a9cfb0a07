"use client";

import { useTranslations } from "next-intl";
import type { AuthClientError } from "@/components/auth/auth-client";
import { isAuthErrorCode } from "@/lib/auth/auth-error-codes";
import type { FieldErrorCode } from "@/lib/validation/field-errors";
import { PASSWORD_MIN_LENGTH } from "@/server/users/schema";

/**
 * Translated text for field codes (lib/validation/field-errors.ts) and the account errors
 * (lib/auth/auth-error-codes.ts).
 */
export function useAuthText() {
  const t = useTranslations("AuthForm");
  return {
    fieldError: (code: FieldErrorCode) => t(`fieldError.${code}`, { min: PASSWORD_MIN_LENGTH }),
    formError: ({ code, retryAfter, status }: AuthClientError) =>
      isAuthErrorCode(code)
        ? // ACCOUNT_LOCKED says when to try again, in whole minutes.
          t(`formError.${code}`, { minutes: Math.max(1, Math.ceil((retryAfter ?? 60) / 60)) })
        : t(status === 429 ? "tooManyRequests" : "unexpected"),
    passwordHint: t("passwordHint", { min: PASSWORD_MIN_LENGTH }),
    t,
  };
}
