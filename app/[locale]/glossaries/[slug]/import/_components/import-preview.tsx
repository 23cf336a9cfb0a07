"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent, type Ref } from "react";
import { Button } from "@/components/ui/button";
import type { ImportPreview } from "@/lib/glossary/import-preview";
import { ImportIssues } from "./import-issues";
import { ImportLists } from "./import-lists";

type Props = {
  preview: ImportPreview;
  headingRef: Ref<HTMLHeadingElement>;
  isPending: boolean;
  /** Absent after a conflict: the preview is out of date and only a new one may be confirmed. */
  onConfirm?: (skipRejected: boolean) => void;
};

/** Step 3: what the file holds and what importing it would do; the confirmation, when there is something to import. */
export function ImportPreviewPanel({ preview, headingRef, isPending, onConfirm }: Props) {
  const t = useTranslations("GlossaryImport");
  const { counts } = preview;
  return (
    <section aria-labelledby="import-preview-heading" className="space-y-4">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold outline-none">
        {t("previewHeading")}
      </h2>
      {preview.refused ? (
        <p className="rounded border border-danger bg-danger-soft p-3 text-danger">{t("refused")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label={t("countsLabel")}>
          {(["add", "change", "unchanged", "reject"] as const).map((kind) => (
            <li
              key={kind}
              className={`rounded border p-3 ${counts[kind] ? "border-line-strong font-medium" : "border-line text-ink-muted"}`}
            >
              {t("count", { kind, count: counts[kind] })}
            </li>
          ))}
        </ul>
      )}
      <ImportIssues
        heading={t(preview.refused ? "refusedErrorsHeading" : "errorsHeading")}
        issues={preview.errors}
        tone="error"
      />
      <ImportIssues heading={t("warningsHeading")} issues={preview.warnings} tone="warning" />
      {!preview.refused && <ImportLists preview={preview} />}
      {!preview.refused && onConfirm && <ConfirmForm preview={preview} isPending={isPending} onConfirm={onConfirm} />}
    </section>
  );
}

function ConfirmForm({
  preview,
  isPending,
  onConfirm,
}: {
  preview: ImportPreview;
  isPending: boolean;
  onConfirm: (skipRejected: boolean) => void;
}) {
  const t = useTranslations("GlossaryImport");
  const id = useId();
  const boxRef = useRef<HTMLInputElement>(null);
  const [isSkipping, setSkipping] = useState(false);
  const [isMissingSkip, setMissingSkip] = useState(false);
  const { add, change, reject } = preview.counts;
  if (add + change === 0) return <p className="rounded bg-sunken p-3">{t("nothingToImport")}</p>;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reject > 0 && !isSkipping) {
      setMissingSkip(true);
      boxRef.current?.focus();
      return;
    }
    onConfirm(reject > 0);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 rounded border border-line p-4">
      <p>{t("confirmIntro", { count: add + change })}</p>
      {reject > 0 && (
        <div className="flex flex-col gap-1">
          <label className="flex items-start gap-2">
            <input
              ref={boxRef}
              type="checkbox"
              required
              checked={isSkipping}
              aria-invalid={isMissingSkip && !isSkipping ? true : undefined}
              aria-describedby={isMissingSkip && !isSkipping ? `${id}-skip-error` : undefined}
              onChange={(event) => setSkipping(event.currentTarget.checked)}
              className="mt-1 h-4 w-4"
            />
            <span>{t("skipRejected", { count: reject })}</span>
          </label>
          {isMissingSkip && !isSkipping && (
            <p id={`${id}-skip-error`} className="text-sm text-danger">
              {t("skipRequired")}
            </p>
          )}
        </div>
      )}
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? t("importing") : t("confirm")}
      </Button>
    </form>
  );
}
