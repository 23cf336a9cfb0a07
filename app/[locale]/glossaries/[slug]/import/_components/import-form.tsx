"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ImportPreview } from "@/lib/glossary/import-preview";
import type { ImportSummary } from "@/server/glossaries/imports/mutations";
import { FormAlert } from "../../../../_components/form-alert";
import { CsvMappingStep } from "./csv-mapping-step";
import { FileStep } from "./file-step";
import { ImportIssues } from "./import-issues";
import { ImportPreviewPanel } from "./import-preview";
import { ImportConflict, ImportDone } from "./import-summary";
import { postGlossaryFile, type UploadOutcome as Outcome } from "./post-glossary-file";
import { useSelectedFile } from "./use-selected-file";

type Glossary = { id: string; slug: string; languages: string[] };

/**
 * The import page's steps: choose a file (format detected, size checked before sending), map CSV columns, preview
 * what the import will do, confirm. A change to the file or mapping drops the preview, which must be made again.
 */
export function ImportForm({ glossary }: { glossary: Glossary }) {
  const t = useTranslations("GlossaryImport");
  const errorText = useTranslations("Errors");
  const upload = useSelectedFile(glossary.languages);
  const { selected } = upload;
  const [preview, setPreview] = useState<Outcome<ImportPreview> | null>(null);
  const [applied, setApplied] = useState<Outcome<ImportSummary> | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [isPending, startTransition] = useTransition();
  const fileRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  // Focus follows the step: the preview, then the result, so keyboard and screen reader users land on what is new.
  useEffect(() => {
    if (preview?.ok && !applied) previewRef.current?.focus();
  }, [preview, applied]);
  useEffect(() => {
    if (applied?.ok || (applied && !applied.ok && applied.code === "CONFLICT")) doneRef.current?.focus();
    else if (applied) alertRef.current?.focus();
  }, [applied]);
  useEffect(() => {
    if (preview && !preview.ok) alertRef.current?.focus();
  }, [preview]);
  // "Import another file" brings the form back: its file input gets the focus once it is there again.
  const isStartingOver = useRef(false);
  useEffect(() => {
    if (!isStartingOver.current || !fileRef.current) return;
    isStartingOver.current = false;
    fileRef.current.focus();
  }, [applied]);

  function clearResults() {
    setPreview(null);
    setApplied(null);
    setAnnouncement("");
  }

  const importsPath = `/api/v1/glossaries/${encodeURIComponent(glossary.id)}/imports`;

  function runPreview() {
    const request = upload.request();
    if (!request) return;
    setPreview(null);
    setApplied(null);
    startTransition(async () => {
      const result = await postGlossaryFile<ImportPreview>(`${importsPath}/preview`, request);
      setPreview(result);
      if (result.ok)
        setAnnouncement(result.data.refused ? t("announceRefused") : t("announcePreview", result.data.counts));
    });
  }

  function runApply(skipRejected: boolean) {
    const request = upload.request();
    if (!request || !preview?.ok) return;
    startTransition(async () => {
      const result = await postGlossaryFile<ImportSummary>(importsPath, {
        ...request,
        expectedVersion: preview.data.version,
        skipRejected,
      });
      setApplied(result);
      if (result.ok) setAnnouncement(t("doneSummary", result.data));
      else if (result.code === "CONFLICT") setAnnouncement(t("conflictHeading"));
    });
  }

  function failure(outcome: Outcome<unknown> | null): string | null {
    if (!outcome || outcome.ok || outcome.code === "CONFLICT") return null;
    if (outcome.code === "UPLOAD_FAILED") return t("uploadFailed");
    if (outcome.code === "INVALID_INPUT" && outcome.paths.some((path) => path.startsWith("query.mapping")))
      return t("mappingInvalid");
    return errorText(outcome.code);
  }

  const isDone = applied?.ok === true;
  const isConflict = applied !== null && !applied.ok && applied.code === "CONFLICT";
  const csv = selected?.format === "csv" ? selected.csv : null;
  const canPreview = Boolean(
    selected && !selected.isTooLarge && selected.format && (selected.format !== "csv" || csv?.ok),
  );

  return (
    <div className="space-y-6">
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {isDone ? (
        <ImportDone
          summary={applied.data}
          slug={glossary.slug}
          headingRef={doneRef}
          onAnother={() => {
            clearResults();
            upload.reset();
            isStartingOver.current = true;
          }}
        />
      ) : (
        <form
          className="space-y-6"
          onSubmit={(event) => {
            event.preventDefault();
            runPreview();
          }}
        >
          <FileStep
            inputRef={fileRef}
            fileName={selected?.file.name ?? null}
            detected={selected?.detected ?? null}
            format={selected?.format ?? ""}
            error={
              selected?.isTooLarge
                ? t("tooLargeBeforeUpload", { size: Math.ceil(selected.file.size / 1024 / 1024) })
                : null
            }
            onFile={(file) => {
              clearResults();
              void upload.choose(file);
            }}
            onFormat={(format) => {
              clearResults();
              void upload.setFormat(format);
            }}
          />
          {csv && !csv.ok && (
            <ImportIssues
              heading={t("headerErrorHeading")}
              issues={[{ code: csv.code, line: csv.line, detail: csv.detail }]}
              tone="error"
            />
          )}
          {csv?.ok && (
            <CsvMappingStep
              header={csv.header}
              choices={csv.choices}
              languages={[...new Set([...glossary.languages, "en", "fr", "zh", "ru", "kk"])]}
              onChange={(choices) => {
                clearResults();
                upload.setChoices(choices);
              }}
            />
          )}
          <FormAlert ref={alertRef} message={failure(preview) ?? failure(applied)} />
          <Button type="submit" disabled={!canPreview || isPending} className="self-start">
            {isPending && !preview ? t("previewing") : t("preview")}
          </Button>
        </form>
      )}
      {isConflict && <ImportConflict headingRef={doneRef} isPending={isPending} onPreviewAgain={runPreview} />}
      {preview?.ok && !isDone && (
        <ImportPreviewPanel
          preview={preview.data}
          headingRef={previewRef}
          isPending={isPending}
          onConfirm={isConflict ? undefined : runApply}
        />
      )}
    </div>
  );
}
