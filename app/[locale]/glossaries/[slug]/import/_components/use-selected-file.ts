"use client";

import { useState } from "react";
import type { CsvHeader } from "@/lib/formats/csv/read-csv-header";
import { csvMappingOf, suggestCsvMappings, type CsvMappingChoices } from "@/lib/formats/csv/edit-csv-mapping";
import { detectGlossaryFormat, type GlossaryFormat } from "@/lib/formats/detect-glossary-format";
import { MAX_GLOSSARY_FILE_BYTES } from "@/server/glossaries/schema";
import type { UploadRequest } from "./post-glossary-file";

/** The CSV header step: the header row and the mapping being edited, or why the header could not be read. */
export type CsvStep =
  { ok: true; header: string[]; delimiter: string; choices: CsvMappingChoices } | Extract<CsvHeader, { ok: false }>;

export type SelectedFile = {
  file: File;
  /** The first bytes: enough to detect the format and read a CSV header. */
  head: Uint8Array;
  detected: GlossaryFormat | null;
  format: GlossaryFormat | "";
  csv: CsvStep | null;
  isTooLarge: boolean;
};

const HEAD_BYTES = 64 * 1024;

/**
 * The file the editor chose, read in the browser as far as the page needs before uploading: its size (refused
 * above the server's limit without sending it), its format, and for CSV its header row with a suggested mapping.
 */
export function useSelectedFile(languages: string[]) {
  const [selected, setSelected] = useState<SelectedFile | null>(null);

  async function csvStep(file: File, head: Uint8Array): Promise<CsvStep> {
    // Loaded on demand: the CSV parser is only needed once a CSV file is chosen.
    const { readCsvHeader } = await import("@/lib/formats/csv/read-csv-header");
    const header = readCsvHeader(head, /\.tsv$/iu.test(file.name) ? "\t" : undefined);
    if (!header.ok) return header;
    return { ...header, choices: suggestCsvMappings(header.header, languages[0] ?? "en") };
  }

  async function choose(file: File | undefined) {
    if (!file) return setSelected(null);
    if (file.size > MAX_GLOSSARY_FILE_BYTES) {
      return setSelected({ file, head: new Uint8Array(), detected: null, format: "", csv: null, isTooLarge: true });
    }
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    const detected = detectGlossaryFormat(file.name, head);
    const csv = detected === "csv" ? await csvStep(file, head) : null;
    setSelected({ file, head, detected, format: detected ?? "", csv, isTooLarge: false });
  }

  async function setFormat(format: GlossaryFormat | "") {
    if (!selected) return;
    const csv = format === "csv" ? (selected.csv ?? (await csvStep(selected.file, selected.head))) : selected.csv;
    setSelected({ ...selected, format, csv });
  }

  function setChoices(choices: CsvMappingChoices) {
    if (selected?.csv?.ok) setSelected({ ...selected, csv: { ...selected.csv, choices } });
  }

  /** The upload as the import routes take it (post-glossary-file.ts); null while something is missing or wrong. */
  function request(): UploadRequest | null {
    if (!selected || selected.isTooLarge || !selected.format) return null;
    if (selected.format === "tbx") return { format: "tbx", file: selected.file };
    if (!selected.csv?.ok) return null;
    const mapping = JSON.stringify(csvMappingOf(selected.csv.choices, selected.csv.delimiter));
    return { format: "csv", mapping, file: selected.file };
  }

  return { selected, choose, setFormat, setChoices, request, reset: () => setSelected(null) };
}
