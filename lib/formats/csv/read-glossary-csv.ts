// Reads a glossary CSV (or TSV, or ";"-separated) through a column mapping, in either layout, with the
// line of every error. Rows of one concept share its id; a blank id continues the concept of the row above.
import { parse } from "csv-parse/sync";
import type { Concept, Glossary, LanguageDetails, Term } from "../../glossary/types";
import type { ImportIssue, ImportReport } from "../import-report";
import { defaultMaxBytes } from "../xml/decode-xml";
import { languageTag } from "../../glossary/language-tag";
import { partOfSpeechFromTbx, statusNoteFromTbx } from "../tbx/tbx-values";
import { guessDelimiter } from "./csv-delimiter";
import type { CsvColumn, CsvField, CsvMapping } from "./csv-mapping";
import { statusFromCsv } from "./csv-status";
import { restoreFormulaCell } from "./formula-cells";

export const csvIssueCodes = [
  "empty",
  "tooLarge",
  "malformedCsv",
  "noTermColumn",
  "noLanguageColumn",
  "invalidLanguageTag",
  "emptyTerm",
  "conceptWithoutTerms",
  "unknownValue",
  "valueMapped",
  "conflictingValue",
  "duplicateTerm",
  "extraCells",
] as const;
export type CsvIssueCode = (typeof csvIssueCodes)[number];

export type CsvReadResult = {
  glossary: Glossary | null;
  concepts: Concept[];
  /** The first line of each concept, by position in `concepts`. */
  lines: number[];
  report: ImportReport<CsvIssueCode>;
};

type Row = { cells: string[]; line: number };

/**
 * A cell's value: trimmed, then without the apostrophe writeGlossaryCsv puts before a formula-like cell
 * (restoreFormulaCell), so that an export reads back unchanged (a leading tab it protected included). Only
 * whitespace is still no value.
 */
function valueOf(cell: string | undefined): string {
  const value = restoreFormulaCell((cell ?? "").trim());
  return value.trim() ? value : "";
}
type Issue = ImportIssue<CsvIssueCode>;

const refused = (code: CsvIssueCode, detail = "", line?: number): CsvReadResult => ({
  glossary: null,
  concepts: [],
  lines: [],
  report: { errors: [{ code, detail, ...(line ? { line } : {}) }], warnings: [] },
});

function rows(text: string, delimiter: string): Row[] | Issue {
  try {
    const records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
      raw: string;
    }[];
    // csv-parse counts the line a record ends on; a quoted cell may span lines, so count back to where it starts.
    return records.map(({ record, info, raw }) => ({
      cells: record,
      line: info.lines - (raw.replace(/^[\r\n]+|[\r\n]+$/gu, "").match(/\n/gu)?.length ?? 0),
    }));
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    return { code: "malformedCsv", detail: code ?? String(error), ...(lines ? { line: lines } : {}) };
  }
}

class Collector {
  readonly concepts: Concept[] = [];
  readonly lines: number[] = [];
  readonly report: ImportReport<CsvIssueCode> = { errors: [], warnings: [] };
  private readonly byId = new Map<string, Concept>();

  concept(id: string, line: number): Concept {
    const known = id ? this.byId.get(id) : undefined;
    if (known) return known;
    const concept: Concept = { ...(id ? { id } : {}), terms: [] };
    if (id) this.byId.set(id, concept);
    this.concepts.push(concept);
    this.lines.push(line);
    return concept;
  }

  /** Sets a single-valued field once; a different value on a later row is reported, not silently kept. */
  set<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | "", line: number, column: string): void {
    if (value === "" || value === undefined) return;
    if (target[key] === undefined) target[key] = value as T[K];
    else if (target[key] !== value)
      this.report.warnings.push({ code: "conflictingValue", line, element: column, detail: String(value) });
  }

  addTerm(concept: Concept, term: Term, line: number): void {
    if (concept.terms.some((known) => known.language === term.language && known.text === term.text)) {
      this.report.warnings.push({ code: "duplicateTerm", line, detail: term.text });
    } else concept.terms.push(term);
  }
}

function readRow(
  row: Row,
  header: string[],
  mapping: CsvMapping,
  collector: Collector,
  previous: Concept | null,
): Concept | null {
  const cell = (field: CsvField) => {
    const at = mapping.columns.findIndex((column) => column.field === field && !column.language);
    return at === -1 ? "" : valueOf(row.cells[at]);
  };
  const named = (field: CsvField) => header[mapping.columns.findIndex((column) => column.field === field)] ?? field;
  const { errors, warnings } = collector.report;
  if (row.cells.every((value) => value.trim() === "")) return previous;
  // One row per term: a blank id continues the concept above. One column per language: every row is a concept.
  const continues =
    mapping.layout === "termPerRow" &&
    mapping.columns.some((column) => column.field === "conceptId") &&
    !cell("conceptId");
  const concept = continues && previous ? previous : collector.concept(cell("conceptId"), row.line);
  collector.set(concept, "subjectField", cell("subjectField"), row.line, named("subjectField"));
  collector.set(concept, "definition", cell("conceptDefinition"), row.line, named("conceptDefinition"));
  collector.set(concept, "note", cell("conceptNote"), row.line, named("conceptNote"));
  if (mapping.layout === "columnPerLanguage") {
    mapping.columns.forEach((column: CsvColumn, at) => {
      const value = valueOf(row.cells[at]);
      if (!column.language || !value) return;
      if (column.field === "definition") {
        const details: LanguageDetails = concept.perLanguage?.[column.language] ?? {};
        collector.set(details, "definition", value, row.line, header[at]);
        concept.perLanguage = { ...concept.perLanguage, [column.language]: details };
      } else if (column.field === "term") {
        // Several terms in one cell are synonyms: the first is the preferred one.
        value
          .split(/\s*;\s*/u)
          .filter(Boolean)
          .forEach((text, index) => {
            collector.addTerm(
              concept,
              { language: column.language!, text, status: index === 0 ? "preferred" : "admitted" },
              row.line,
            );
          });
      }
    });
    return concept;
  }
  const text = cell("term");
  const language = languageTag(cell("language"));
  if (!language) {
    errors.push({
      code: "invalidLanguageTag",
      line: row.line,
      element: named("language"),
      detail: cell("language"),
      ...(text ? { terms: [text] } : {}),
    });
    return concept;
  }
  if (!text) {
    errors.push({ code: "emptyTerm", line: row.line, element: named("term"), detail: "" });
    return concept;
  }
  const term: Term = { language, text, status: "admitted" };
  const status = cell("status");
  const mapped = status ? statusFromCsv(status) : { value: "admitted" as const, exact: true };
  if (!mapped) warnings.push({ code: "unknownValue", line: row.line, element: named("status"), detail: status });
  else {
    term.status = mapped.value;
    if (!mapped.exact)
      warnings.push({
        code: "valueMapped",
        line: row.line,
        element: named("status"),
        detail: `${status} → ${mapped.value}`,
      });
  }
  const partOfSpeech = cell("partOfSpeech");
  const pos = partOfSpeech ? partOfSpeechFromTbx(partOfSpeech) : null;
  if (pos) term.partOfSpeech = pos.value;
  if (pos && !pos.exact)
    warnings.push({
      code: "valueMapped",
      line: row.line,
      element: named("partOfSpeech"),
      detail: `${partOfSpeech} → ${pos.value}`,
    });
  if (!pos && partOfSpeech)
    warnings.push({ code: "unknownValue", line: row.line, element: named("partOfSpeech"), detail: partOfSpeech });
  for (const [field, key] of [
    ["usageExample", "usageExample"],
    ["termNote", "note"],
  ] as const)
    if (cell(field)) term[key] = cell(field);
  if (cell("statusNote")) term.statusNote = statusNoteFromTbx(cell("statusNote"));
  const details: LanguageDetails = concept.perLanguage?.[language] ?? {};
  collector.set(details, "definition", cell("definition"), row.line, named("definition"));
  collector.set(details, "note", cell("languageNote"), row.line, named("languageNote"));
  if (Object.keys(details).length) concept.perLanguage = { ...concept.perLanguage, [language]: details };
  collector.addTerm(concept, term, row.line);
  return concept;
}

/**
 * Reads CSV text with a mapping whose columns follow the header row (see suggestCsvMapping).
 * @example readGlossaryCsv("id,language,term\nc1,en,Astana\nc1,fr,Astana\n", suggestCsvMapping(["id", "language", "term"]))
 * // { concepts: [{ id: "c1", terms: [{ language: "en", text: "Astana", status: "admitted" }, { language: "fr", … }] }], … }
 */
export function readGlossaryCsv(text: string, mapping: CsvMapping, options: { maxBytes?: number } = {}): CsvReadResult {
  if (text.length > (options.maxBytes ?? defaultMaxBytes))
    return refused("tooLarge", `>${options.maxBytes ?? defaultMaxBytes}`);
  if (text.replace(/^\uFEFF/u, "").trim() === "") return refused("empty");
  const parsed = rows(text, mapping.delimiter ?? guessDelimiter(text));
  if (!Array.isArray(parsed))
    return { glossary: null, concepts: [], lines: [], report: { errors: [parsed], warnings: [] } };
  const [header, ...body] = parsed;
  if (!mapping.columns.some((column) => column.field === "term")) return refused("noTermColumn", "", header.line);
  if (mapping.layout === "termPerRow" && !mapping.columns.some((column) => column.field === "language"))
    return refused("noLanguageColumn", "", header.line);
  const collector = new Collector();
  let previous: Concept | null = null;
  for (const row of body) {
    if (
      row.cells.length > mapping.columns.length &&
      row.cells.slice(mapping.columns.length).some((value) => value.trim())
    ) {
      collector.report.warnings.push({
        code: "extraCells",
        line: row.line,
        detail: String(row.cells.length - mapping.columns.length),
      });
    }
    previous = readRow(row, header.cells, mapping, collector, previous);
  }
  const kept = collector.concepts
    .map((concept, index) => ({ concept, line: collector.lines[index] }))
    .filter(({ concept, line }) => {
      if (concept.terms.length) return true;
      collector.report.errors.push({ code: "conceptWithoutTerms", line, detail: concept.id ?? "" });
      return false;
    });
  const concepts = kept.map(({ concept }) => concept);
  const terms = concepts.flatMap((concept) => concept.terms);
  const glossary: Glossary = {
    name: "",
    languages: [...new Set(terms.map((term) => term.language))],
    subjectFields: [...new Set(concepts.flatMap((concept) => (concept.subjectField ? [concept.subjectField] : [])))],
  };
  return { glossary, concepts, lines: kept.map(({ line }) => line), report: collector.report };
}
