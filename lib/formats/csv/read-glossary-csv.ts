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
  "recordTooLarge",
  "tooManyCells",
  "tooManyTerms",
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

/** What one file may hold: a row of this many characters or cells, or a concept of this many terms, is refused. */
export const csvLimits = { recordLength: 1_000_000, cellsPerRow: 1000, termsPerConcept: 1000 };

/**
 * The first row with more than csvLimits.cellsPerRow cells, by a quote-aware scan of the delimiters: csv-parse
 * builds a whole row before anyone can count its cells, and a 50 MB row of delimiters is 50 million of them.
 * @example firstWideRow('a,"b,c"\n' + ",".repeat(1000), ",") // 2
 */
function firstWideRow(text: string, delimiter: string): number | null {
  let line = 1;
  let rowLine = 1;
  let cells = 1;
  let quoted = false;
  let fieldStart = true;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === "\n") line++;
    if (quoted) {
      if (char === '"') {
        if (text[at + 1] === '"') at++;
        else quoted = false;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (text.startsWith(delimiter, at)) {
      if (++cells > csvLimits.cellsPerRow) return rowLine;
      at += delimiter.length - 1;
      fieldStart = true;
    } else if (char === "\n") {
      [cells, rowLine, fieldStart] = [1, line, true];
    } else fieldStart = char === "\r" && fieldStart;
  }
  return null;
}

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
  const wide = firstWideRow(text, delimiter);
  if (wide !== null) return { code: "tooManyCells", detail: String(csvLimits.cellsPerRow), line: wide };
  const found: Row[] = [];
  try {
    // No on_record hook: csv-parse builds a context object per record for it, a third of the time of a large file.
    // Every record ends at one line break, so each row's line is counted here; empty lines come out as [""].
    const records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      max_record_size: csvLimits.recordLength,
    }) as string[][];
    let line = 1;
    for (const cells of records) {
      const start = line;
      line++;
      for (const cell of cells) for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) line++;
      if (cells.length === 1 && cells[0] === "") continue;
      found.push({ cells, line: start });
    }
    return found;
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === "CSV_MAX_RECORD_SIZE")
      return { code: "recordTooLarge", detail: String(csvLimits.recordLength), ...(lines ? { line: lines } : {}) };
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

  private readonly tags = new Map<string, string | null>();

  /** languageTag, once per distinct value: a file of a million rows has a handful of languages. */
  languageTag(value: string): string | null {
    let tag = this.tags.get(value);
    if (tag === undefined) this.tags.set(value, (tag = languageTag(value)));
    return tag;
  }

  // Each concept's terms by language and text, so that a repeated term is found in constant time.
  private readonly termKeys = new Map<Concept, Set<string>>();
  /** Concepts over csvLimits.termsPerConcept: refused at the end, with one error each. */
  readonly overfull = new Set<Concept>();

  addTerm(concept: Concept, term: Term, line: number): void {
    let keys = this.termKeys.get(concept);
    if (!keys) this.termKeys.set(concept, (keys = new Set()));
    const key = `${term.language}\u0000${term.text}`;
    if (keys.has(key)) this.report.warnings.push({ code: "duplicateTerm", line, detail: term.text });
    else if (concept.terms.length === csvLimits.termsPerConcept) this.overfull.add(concept);
    else {
      keys.add(key);
      concept.terms.push(term);
    }
  }
}

// Where each field's column is, found once per file rather than once per cell read.
type ColumnIndex = { valueAt: Map<CsvField, number>; nameAt: Map<CsvField, number> };

function indexColumns(mapping: CsvMapping): ColumnIndex {
  const index: ColumnIndex = { valueAt: new Map(), nameAt: new Map() };
  mapping.columns.forEach((column, at) => {
    if (!column.language && !index.valueAt.has(column.field)) index.valueAt.set(column.field, at);
    if (!index.nameAt.has(column.field)) index.nameAt.set(column.field, at);
  });
  return index;
}

function readRow(
  row: Row,
  header: string[],
  mapping: CsvMapping,
  columns: ColumnIndex,
  collector: Collector,
  previous: Concept | null,
): Concept | null {
  const cell = (field: CsvField) => {
    const at = columns.valueAt.get(field);
    return at === undefined ? "" : valueOf(row.cells[at]);
  };
  const named = (field: CsvField) => header[columns.nameAt.get(field) ?? -1] ?? field;
  const { errors, warnings } = collector.report;
  if (row.cells.every((value) => value.trim() === "")) return previous;
  // One row per term: a blank id continues the concept above. One column per language: every row is a concept.
  const continues = mapping.layout === "termPerRow" && columns.nameAt.has("conceptId") && !cell("conceptId");
  const concept = continues && previous ? previous : collector.concept(cell("conceptId"), row.line);
  // A concept past the term limit is refused whole: the rest of its rows need no reading.
  if (collector.overfull.has(concept)) return concept;
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
        (concept.perLanguage ??= {})[column.language] = details;
      } else if (column.field === "term") {
        // Several terms in one cell are synonyms: the first is the preferred one.
        value
          .split(";")
          .map((synonym) => synonym.trim())
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
  const language = collector.languageTag(cell("language"));
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
  if (Object.keys(details).length) (concept.perLanguage ??= {})[language] = details;
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
  // A NUL is no text (PostgreSQL cannot store it): the sign of a binary file, refused where it sits.
  const nul = text.indexOf("\0");
  if (nul !== -1) return refused("malformedCsv", "NUL", text.slice(0, nul).split("\n").length);
  const parsed = rows(text, mapping.delimiter ?? guessDelimiter(text));
  if (!Array.isArray(parsed))
    return { glossary: null, concepts: [], lines: [], report: { errors: [parsed], warnings: [] } };
  const [header, ...body] = parsed;
  if (!mapping.columns.some((column) => column.field === "term")) return refused("noTermColumn", "", header.line);
  if (mapping.layout === "termPerRow" && !mapping.columns.some((column) => column.field === "language"))
    return refused("noLanguageColumn", "", header.line);
  const collector = new Collector();
  const columns = indexColumns(mapping);
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
    previous = readRow(row, header.cells, mapping, columns, collector, previous);
  }
  const kept = collector.concepts
    .map((concept, index) => ({ concept, line: collector.lines[index] }))
    .filter(({ concept, line }) => {
      if (collector.overfull.has(concept)) {
        const detail = String(csvLimits.termsPerConcept);
        collector.report.errors.push({ code: "tooManyTerms", line, detail });
        return false;
      }
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
