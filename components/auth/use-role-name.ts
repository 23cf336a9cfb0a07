import { useTranslations } from "next-intl";
import type { Role } from "@/lib/auth/permissions";

/** A role's name in the interface language. */
export function useRoleName() {
  const t = useTranslations("Roles");
  return (role: Role): string => {
    switch (role) {
      case "reader":
        return t("reader");
      case "contributor":
        return t("contributor");
      case "editor":
        return t("editor");
      case "admin":
        return t("admin");
    }
  };
}
