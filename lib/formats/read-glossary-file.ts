// One entry point for a glossary file, TBX or CSV, as the import page uploads it: the concepts, the line of
// each, and the readers' report. CSV must be UTF-8; its bytes are checked here because its reader takes text.
import type { Concept, Glossary } from "../glossary/types";
import { csvIssueCodes, readGlossaryCsv, type CsvIssueCode } from "./csv/read-glossary-csv";
import type { CsvMapping } from "./csv/csv-mapping";
import type { ImportReport } from "./import-report";
import { readTbx } from "./tbx/read-tbx";
import { tbxIssueCodes, type TbxIssueCode } from "./tbx/tbx-types";
import { defaultMaxBytes } from "./xml/decode-xml";

export type GlossaryFile =
  | { format: "tbx"; content: string | Uint8Array }
  | { format: "csv"; content: string | Uint8Array; mapping: CsvMapping };

export type GlossaryIssueCode = TbxIssueCode | CsvIssueCode;

/** Every code either reader reports, once each (the import page has a message for each). */
export const glossaryIssueCodes: readonly GlossaryIssueCode[] = [...new Set([...tbxIssueCodes, ...csvIssueCodes])];

export type GlossaryFileRead = {
  /** null when the whole file was refused; report.errors says why. */
  glossary: Glossary | null;
  concepts: Concept[];
  lines: number[];
  report: ImportReport<GlossaryIssueCode>;
};

const refused = (code: GlossaryIssueCode, detail: string): GlossaryFileRead => ({
  glossary: null,
  concepts: [],
  lines: [],
  report: { errors: [{ code, detail }], warnings: [] },
});

/**
 * @example readGlossaryFile({ format: "csv", content: "language,term\nen,Astana\n", mapping }) // { concepts: [{ terms: [...] }], … }
 */
export function readGlossaryFile(file: GlossaryFile, maxBytes = defaultMaxBytes): GlossaryFileRead {
  const size = typeof file.content === "string" ? file.content.length : file.content.byteLength;
  if (size > maxBytes) return refused("tooLarge", `>${maxBytes}`);
  if (file.format === "tbx") {
    const { glossary, concepts, lines, report } = readTbx(file.content, { maxBytes });
    return { glossary, concepts, lines, report };
  }
  let text: string;
  if (typeof file.content === "string") text = file.content;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(file.content);
    } catch {
      return refused("invalidEncoding", "utf-8");
    }
  }
  return readGlossaryCsv(text, file.mapping, { maxBytes });
}
