import { useTranslations } from "next-intl";

/** Marks a glossary readers do not see yet; only editors and admins are shown drafts. */
export function DraftBadge() {
  const t = useTranslations("glossaries.lifecycle");
  return (
    <span className="rounded-full border border-amber-800 bg-amber-50 px-2 py-0.5 text-xs font-semibold tracking-wide text-amber-950 uppercase dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100">
      {t("draft")}
    </span>
  );
}
