// Writes concepts as CSV in either layout, with a header that suggestCsvMapping reads back. One row per term
// carries terms, statuses, status notes and notes; one column per language is the compact, lossier overview.
import { stringify } from "csv-stringify/sync";
import type { Concept } from "../../glossary/types";
import { statusNoteToTbx } from "../tbx/tbx-values";
import type { CsvLayout } from "./csv-mapping";
import { neutraliseFormulaCell } from "./formula-cells";

const termPerRowHeader = [
  "concept id",
  "subject field",
  "concept definition",
  "concept note",
  "language",
  "term",
  "status",
  "status note",
  "part of speech",
  "usage example",
  "term note",
  "definition",
  "language note",
];

// Concepts without an id get their position as one, so their rows stay together when read back.
const idOf = (concept: Concept, index: number) => concept.id ?? `c${index + 1}`;

function termPerRow(concepts: readonly Concept[]): string[][] {
  return concepts.flatMap((concept, index) =>
    concept.terms.map((term) => {
      const details = concept.perLanguage?.[term.language] ?? {};
      return [
        idOf(concept, index),
        concept.subjectField ?? "",
        concept.definition ?? "",
        concept.note ?? "",
        term.language,
        term.text,
        term.status,
        term.statusNote ? statusNoteToTbx(term.statusNote) : "",
        term.partOfSpeech ?? "",
        term.usageExample ?? "",
        term.note ?? "",
        details.definition ?? "",
        details.note ?? "",
      ];
    }),
  );
}

function columnPerLanguage(concepts: readonly Concept[]): string[][] {
  const languages = [...new Set(concepts.flatMap((concept) => concept.terms.map((term) => term.language)))];
  const defined = languages.filter((language) =>
    concepts.some((concept) => concept.perLanguage?.[language]?.definition),
  );
  const header = [
    "concept id",
    "subject field",
    "definition",
    "note",
    ...languages,
    ...defined.map((language) => `definition (${language})`),
  ];
  // Preferred terms first: the reader takes the first term of a cell as preferred and the others as admitted.
  const rank = (status: string) => (status === "preferred" ? 0 : 1);
  const rows = concepts.map((concept, index) => [
    idOf(concept, index),
    concept.subjectField ?? "",
    concept.definition ?? "",
    concept.note ?? "",
    ...languages.map((language) =>
      concept.terms
        .filter((term) => term.language === language)
        .sort((a, b) => rank(a.status) - rank(b.status))
        .map((term) => term.text)
        .join("; "),
    ),
    ...defined.map((language) => concept.perLanguage?.[language]?.definition ?? ""),
  ]);
  return [header, ...rows];
}

/**
 * The concepts as CSV (RFC 4180 quoting, "\n" line ends, no BOM). In columnPerLanguage only the terms' text,
 * the concept's fields and per-language definitions survive; termPerRow is the layout to round-trip through.
 * A cell that a spreadsheet would run as a formula gets a leading apostrophe (neutraliseFormulaCell, OWASP
 * CSV injection), which readGlossaryCsv takes off again.
 * @example writeGlossaryCsv([{ id: "c1", terms: [{ language: "en", text: "Astana", status: "preferred" }] }], "columnPerLanguage")
 * // "concept id,subject field,definition,note,en\nc1,,,,Astana\n"
 */
export function writeGlossaryCsv(concepts: readonly Concept[], layout: CsvLayout): string {
  const rows = layout === "termPerRow" ? [termPerRowHeader, ...termPerRow(concepts)] : columnPerLanguage(concepts);
  return stringify(rows.map((row) => row.map(neutraliseFormulaCell)));
}
