import { Languages } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Role } from "@/lib/auth/permissions";
import { buttonClasses } from "../ui/button";
import { EmptyState } from "../ui/empty-state";

/**
 * An article nobody has translated: says so instead of offering an empty language picker, and shows each visitor
 * their way to a translation: an account to the signed-out, the contributor role to readers.
 */
export function UntranslatedNotice({ viewer, articleLanguage }: { viewer: Role | null; articleLanguage: string }) {
  const t = useTranslations("Reader");
  return (
    <EmptyState
      title={t("untranslatedTitle")}
      icon={<Languages size={28} />}
      action={
        viewer === null ? (
          <Link href="/sign-up" className={buttonClasses({ variant: "secondary", size: "sm" })}>
            {t("inviteSignUp")}
          </Link>
        ) : undefined
      }
    >
      <p>{t("untranslatedBody", { language: articleLanguage })}</p>
      {viewer === null && <p>{t("inviteSignedOut")}</p>}
      {viewer === "reader" && <p>{t("inviteReader")}</p>}
    </EmptyState>
  );
}
