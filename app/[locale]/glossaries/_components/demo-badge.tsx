import { useTranslations } from "next-intl";

/** Marks the glossary shipped with the app as demo content. */
export function DemoBadge() {
  const t = useTranslations("glossaries.list");
  return (
    <span className="rounded-full border border-violet-700 bg-violet-50 px-2 py-0.5 text-xs font-semibold tracking-wide text-violet-900 uppercase dark:border-violet-300 dark:bg-violet-950 dark:text-violet-100">
      {t("demo")}
    </span>
  );
}
