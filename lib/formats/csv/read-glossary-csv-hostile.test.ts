// Issue 10's hostile CSV files and the limits that refuse them, each just under and just over.
import { describe, expect, it } from "vitest";
import { longCsvCell, manyCellsCsv, manyTermsCsv, spacedCsvCell } from "../../testing/hostile-inputs";
import { suggestCsvMapping } from "./csv-mapping";
import { csvLimits, readGlossaryCsv } from "./read-glossary-csv";

const timed = (text: string) => {
  const header = text.slice(0, text.indexOf("\n")).split(",");
  const start = performance.now();
  const result = readGlossaryCsv(text, suggestCsvMapping(header));
  return { result, seconds: (performance.now() - start) / 1000 };
};

describe("readGlossaryCsv on hostile files", () => {
  it("splits a cell of 400,000 spaces without backtracking (40,000 took 3.4 s)", () => {
    const { result, seconds } = timed(spacedCsvCell(400_000));
    expect(result.concepts[0].terms).toEqual([
      { language: "en", text: `a${" ".repeat(400_000)}b`, status: "preferred" },
    ]);
    expect(seconds).toBeLessThan(1);
  });

  it("still reads synonyms around spaced semicolons", () => {
    const { result } = timed("en\nfirst ;  second;;third \n");
    expect(result.concepts[0].terms.map((term) => [term.text, term.status])).toEqual([
      ["first", "preferred"],
      ["second", "admitted"],
      ["third", "admitted"],
    ]);
  });

  it.each([
    ["terms per concept", manyTermsCsv, csvLimits.termsPerConcept, "tooManyTerms", 2],
    ["cells per row", manyCellsCsv, csvLimits.cellsPerRow, "tooManyCells", 2],
    // csv-parse counts a row's cells without their delimiters, and its last character only after the check.
    ["characters per row", (size: number) => longCsvCell(size - 3), csvLimits.recordLength, "recordTooLarge", 2],
  ] as const)("reads a file at the %s limit and refuses one just over it", (_, generate, limit, code, line) => {
    const under = timed(generate(limit));
    expect(under.result.report.errors).toEqual([]);
    expect(under.result.concepts).toHaveLength(1);
    const over = timed(generate(limit + 1));
    expect(over.result.concepts).toHaveLength(0);
    expect(over.result.report.errors).toEqual([{ code, line, detail: String(limit) }]);
    expect(Math.max(under.seconds, over.seconds)).toBeLessThan(2);
  });

  it("refuses a row of five million empty cells before building it", () => {
    const { result, seconds } = timed(manyCellsCsv(5_000_000));
    expect(result.report.errors).toEqual([{ code: "tooManyCells", line: 2, detail: String(csvLimits.cellsPerRow) }]);
    expect(seconds).toBeLessThan(1);
  });

  it("counts no delimiter inside quotes", () => {
    const quoted = `concept id,language,term\nc1,en,"${",".repeat(5000)}"\n`;
    expect(timed(quoted).result.report.errors).toEqual([]);
  });

  it("refuses one concept of 20,000 rows fast (it took 4.4 s), and reports it once", () => {
    const { result, seconds } = timed(manyTermsCsv(20_000));
    expect(result.report).toEqual({
      errors: [{ code: "tooManyTerms", line: 2, detail: String(csvLimits.termsPerConcept) }],
      warnings: [],
    });
    expect(seconds).toBeLessThan(2);
  });

  it("reports a repeated term of a concept once per repeat", () => {
    const { result } = timed("concept id,language,term\nc1,en,a\nc1,en,a\nc1,fr,a\n");
    expect(result.concepts[0].terms.map((term) => term.language)).toEqual(["en", "fr"]);
    expect(result.report.warnings).toEqual([{ code: "duplicateTerm", line: 3, detail: "a" }]);
  });
});
