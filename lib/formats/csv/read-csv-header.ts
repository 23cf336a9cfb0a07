// The header row of a glossary CSV, read in the browser for the import page's column mapping step, with the
// delimiter the server's reader will be told to use. csv-parse's browser build: its Node build needs Buffer.
import { parse } from "csv-parse/browser/esm/sync";
import { guessDelimiter } from "./csv-delimiter";

export type CsvHeader =
  | { ok: true; header: string[]; delimiter: string }
  | { ok: false; code: "empty" | "invalidEncoding" | "malformedCsv"; line?: number; detail: string };

/**
 * The first row of the first bytes of a CSV file (UTF-8; a byte order mark is skipped). A `.tsv` file passes "\t".
 * @example readCsvHeader(new TextEncoder().encode("concept id;language;term\nc1;en;Astana\n"))
 * // { ok: true, header: ["concept id", "language", "term"], delimiter: ";" }
 */
export function readCsvHeader(head: Uint8Array, delimiter?: string): CsvHeader {
  let text: string;
  try {
    // stream: a multi-byte character cut at the end of the slice is not an encoding error.
    text = new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
  } catch {
    return { ok: false, code: "invalidEncoding", detail: "utf-8" };
  }
  const body = text.replace(/^\uFEFF/u, "");
  if (body.trim() === "") return { ok: false, code: "empty", detail: "" };
  const chosen = delimiter ?? guessDelimiter(body);
  try {
    const [header] = parse(body, {
      delimiter: chosen,
      to: 1,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
    if (!header?.some((cell) => cell.trim())) return { ok: false, code: "empty", detail: "" };
    return { ok: true, header: header.map((cell) => cell.trim()), delimiter: chosen };
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    return { ok: false, code: "malformedCsv", detail: code ?? "", ...(lines ? { line: lines } : {}) };
  }
}
