"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { Link } from "@/i18n/navigation";
import type { ImportSummary } from "@/server/glossaries/imports/mutations";

const secondaryButtonClass = "rounded border border-line-strong px-4 py-2 hover:bg-sunken disabled:opacity-60";

/** Step 4: what the import did, and the way to the entries. */
export function ImportDone({
  summary,
  slug,
  headingRef,
  onAnother,
}: {
  summary: ImportSummary;
  slug: string;
  headingRef: Ref<HTMLHeadingElement>;
  onAnother: () => void;
}) {
  const t = useTranslations("GlossaryImport");
  return (
    <section
      aria-labelledby="import-done-heading"
      className="space-y-3 rounded border border-green-700 bg-success-soft p-4 text-green-950 dark:text-green-50"
    >
      <h2 id="import-done-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold outline-none">
        {t("doneHeading")}
      </h2>
      <p>{t("doneSummary", summary)}</p>
      <div className="flex flex-wrap items-center gap-4">
        <Link href={`/glossaries/${slug}`} className="font-medium text-accent underline">
          {t("seeEntries")}
        </Link>
        <button type="button" onClick={onAnother} className={secondaryButtonClass}>
          {t("importAnother")}
        </button>
      </div>
    </section>
  );
}

/** The glossary changed between preview and confirmation: nothing was written; the preview must be made again. */
export function ImportConflict({
  headingRef,
  isPending,
  onPreviewAgain,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  isPending: boolean;
  onPreviewAgain: () => void;
}) {
  const t = useTranslations("GlossaryImport");
  return (
    <section
      aria-labelledby="import-conflict-heading"
      className="space-y-3 rounded border border-warning bg-warning-soft p-4 text-amber-950 dark:text-amber-50"
    >
      <h2 id="import-conflict-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
        {t("conflictHeading")}
      </h2>
      <p>{t("conflictBody")}</p>
      <button type="button" disabled={isPending} onClick={onPreviewAgain} className={secondaryButtonClass}>
        {t("previewAgain")}
      </button>
    </section>
  );
}
