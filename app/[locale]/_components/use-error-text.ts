import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/server/errors";

/** The translated sentence for an action's error code (server/errors.ts). */
export function useErrorText() {
  const t = useTranslations("Errors");
  return (code: ErrorCode): string => {
    switch (code) {
      case "INVALID_INPUT":
        return t("INVALID_INPUT");
      case "UNAUTHENTICATED":
        return t("UNAUTHENTICATED");
      case "FORBIDDEN":
        return t("FORBIDDEN");
      case "NOT_FOUND":
        return t("NOT_FOUND");
      case "CONFLICT":
        return t("CONFLICT");
      case "LAST_ADMIN":
        return t("LAST_ADMIN");
      case "RATE_LIMITED":
        return t("RATE_LIMITED");
      case "INTERNAL":
        return t("INTERNAL");
    }
  };
}
