"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { noticeClasses } from "@/components/ui/notice";
import { Link } from "@/i18n/navigation";
import type { ImportSummary } from "@/server/glossaries/imports/mutations";
import { Button } from "@/components/ui/button";

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
    <section aria-labelledby="import-done-heading" className={noticeClasses("success", "space-y-3 p-4")}>
      <h2 id="import-done-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold outline-none">
        {t("doneHeading")}
      </h2>
      <p>{t("doneSummary", summary)}</p>
      <div className="flex flex-wrap items-center gap-4">
        <Link href={`/glossaries/${slug}`} className="font-medium text-accent underline">
          {t("seeEntries")}
        </Link>
        <Button type="button" onClick={onAnother} variant="secondary">
          {t("importAnother")}
        </Button>
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
    <section aria-labelledby="import-conflict-heading" className={noticeClasses("warning", "space-y-3 p-4")}>
      <h2 id="import-conflict-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
        {t("conflictHeading")}
      </h2>
      <p>{t("conflictBody")}</p>
      <Button type="button" disabled={isPending} onClick={onPreviewAgain} variant="secondary">
        {t("previewAgain")}
      </Button>
    </section>
  );
}
