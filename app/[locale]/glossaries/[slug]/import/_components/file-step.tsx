"use client";

import { useTranslations } from "next-intl";
import { useId, type Ref } from "react";
import type { GlossaryFormat } from "@/lib/formats/detect-glossary-format";

const ACCEPTED_FILES = ".tbx,.xml,.csv,.tsv";

type Props = {
  fileName: string | null;
  detected: GlossaryFormat | null;
  format: GlossaryFormat | "";
  /** The file's own problem, found before uploading (too large), already translated. */
  error: string | null;
  inputRef: Ref<HTMLInputElement>;
  onFile: (file: File | undefined) => void;
  onFormat: (format: GlossaryFormat | "") => void;
};

const controlClass = "rounded border border-line-strong bg-surface px-3 py-2";

/** Step 1: the file, and its format as detected, which the editor may override. */
export function FileStep({ fileName, detected, format, error, inputRef, onFile, onFormat }: Props) {
  const t = useTranslations("GlossaryImport");
  const id = useId();
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-start">
      <div className="flex min-w-0 flex-col gap-1 sm:flex-1">
        <label htmlFor={`${id}-file`} className="text-sm font-medium">
          {t("fileLabel")}
        </label>
        <p id={`${id}-file-hint`} className="text-sm text-ink-muted">
          {t("fileHint")}
        </p>
        <input
          ref={inputRef}
          id={`${id}-file`}
          name="file"
          type="file"
          accept={ACCEPTED_FILES}
          aria-describedby={[error ? `${id}-file-error` : null, `${id}-file-hint`].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onFile(event.currentTarget.files?.[0])}
          className={`${controlClass} file:mr-3 file:rounded file:border-0 file:bg-sunken file:px-3 file:py-1 file:text-ink`}
        />
        {error && (
          <p id={`${id}-file-error`} role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
      </div>
      {fileName && !error && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-format`} className="text-sm font-medium">
            {t("formatLabel")}
          </label>
          <p id={`${id}-format-hint`} className="text-sm text-ink-muted">
            {detected ? t("formatDetected", { format: detected }) : t("formatUnknown")}
          </p>
          <select
            id={`${id}-format`}
            value={format}
            aria-describedby={`${id}-format-hint`}
            onChange={(event) => onFormat(event.currentTarget.value as GlossaryFormat | "")}
            className={controlClass}
          >
            {!detected && <option value="">{t("formatChoose")}</option>}
            <option value="tbx">{t("formatName", { format: "tbx" })}</option>
            <option value="csv">{t("formatName", { format: "csv" })}</option>
          </select>
        </div>
      )}
    </div>
  );
}
