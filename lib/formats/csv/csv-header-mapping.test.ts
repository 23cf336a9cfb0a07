import { describe, expect, it } from "vitest";
import { readGlossaryCsv } from "./read-glossary-csv";
import { csvFieldsFor, csvMappingOf, fitColumn, needsLanguage, suggestCsvMappings } from "./edit-csv-mapping";
import { readCsvHeader } from "./read-csv-header";
import { writeGlossaryCsv } from "./write-glossary-csv";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readCsvHeader", () => {
  it.each([
    ["concept id,language,term\nc1,en,Astana\n", ",", ["concept id", "language", "term"]],
    ['\uFEFFconcept id;language;"term; text"\r\nc1;en;Astana\r\n', ";", ["concept id", "language", "term; text"]],
    ["en\tfr\tzh\nAstana\tAstana\t阿斯塔纳\n", "\t", ["en", "fr", "zh"]],
    ["\n\n  en , fr \n", ",", ["en", "fr"]],
    // A header cell spanning two lines stays one cell.
    ['"concept\nid",term\n', ",", ["concept\nid", "term"]],
  ])("reads the header of %j", (text, delimiter, header) => {
    expect(readCsvHeader(bytes(text))).toEqual({ ok: true, header, delimiter });
  });

  it("uses the delimiter it is given", () => {
    expect(readCsvHeader(bytes("a;b\tc\n"), "\t")).toEqual({ ok: true, header: ["a;b", "c"], delimiter: "\t" });
  });

  it("reads the header from a slice cut inside a multi-byte character", () => {
    const head = bytes("en,zh\nAstana,阿斯塔纳\n").subarray(0, 20);
    expect(readCsvHeader(head)).toMatchObject({ ok: true, header: ["en", "zh"] });
  });

  it("refuses an empty file, bytes that are not UTF-8 and an unclosed quote, with the line", () => {
    expect(readCsvHeader(bytes(""))).toEqual({ ok: false, code: "empty", detail: "" });
    expect(readCsvHeader(bytes("\uFEFF \n\n"))).toEqual({ ok: false, code: "empty", detail: "" });
    expect(readCsvHeader(new Uint8Array([0x74, 0x65, 0xe9, 0x2c, 0x74, 0x0a]))).toEqual({
      ok: false,
      code: "invalidEncoding",
      detail: "utf-8",
    });
    expect(readCsvHeader(bytes('"term,language\nAstana,en\n'))).toEqual({
      ok: false,
      code: "malformedCsv",
      detail: "CSV_QUOTE_NOT_CLOSED",
      line: 2,
    });
  });
});

describe("the mapping step", () => {
  it("offers every field in one row per term, and concept fields with language columns in one column per language", () => {
    expect(csvFieldsFor("termPerRow")).toContain("status");
    expect(csvFieldsFor("columnPerLanguage")).toEqual([
      "conceptId",
      "subjectField",
      "conceptDefinition",
      "conceptNote",
      "term",
      "definition",
      "ignore",
    ]);
    expect(needsLanguage("columnPerLanguage", "term")).toBe(true);
    expect(needsLanguage("columnPerLanguage", "subjectField")).toBe(false);
    expect(needsLanguage("termPerRow", "term")).toBe(false);
  });

  it.each([
    ["termPerRow", { field: "term", language: "fr" }, { field: "ignore" }],
    ["termPerRow", { field: "status" }, { field: "status" }],
    ["columnPerLanguage", { field: "term" }, { field: "term", language: "zh" }],
    ["columnPerLanguage", { field: "definition", language: "fr" }, { field: "definition", language: "fr" }],
    ["columnPerLanguage", { field: "definition" }, { field: "conceptDefinition" }],
    ["columnPerLanguage", { field: "termNote" }, { field: "conceptNote" }],
    ["columnPerLanguage", { field: "status" }, { field: "ignore" }],
    ["columnPerLanguage", { field: "subjectField", language: "fr" }, { field: "subjectField" }],
  ] as const)("fits %s: %j → %j", (layout, column, expected) => {
    expect(fitColumn(layout, column, "zh")).toEqual(expected);
  });

  it("suggests both layouts for a term-per-row header, and keeps the editor's choice of layout in the mapping", () => {
    const choices = suggestCsvMappings(["Concept ID", "Language", "Term", "Status", "Français"], "en");
    expect(choices.layout).toBe("termPerRow");
    expect(choices.columns.termPerRow).toEqual([
      { field: "conceptId" },
      { field: "language" },
      { field: "term" },
      { field: "status" },
      { field: "ignore" },
    ]);
    expect(choices.columns.columnPerLanguage).toEqual([
      { field: "conceptId" },
      { field: "ignore" },
      { field: "term", language: "en" },
      { field: "ignore" },
      { field: "term", language: "fr" },
    ]);
    expect(csvMappingOf({ ...choices, layout: "columnPerLanguage" }, ";")).toEqual({
      layout: "columnPerLanguage",
      columns: choices.columns.columnPerLanguage,
      delimiter: ";",
    });
  });

  it("maps our own exports back in both layouts, so the reader gets the terms again", () => {
    const concepts = [
      {
        id: "c1",
        definition: "Capital",
        terms: [
          { language: "en", text: "Astana", status: "preferred" as const },
          { language: "fr", text: "Astana", status: "preferred" as const },
        ],
      },
    ];
    for (const layout of ["termPerRow", "columnPerLanguage"] as const) {
      const csv = writeGlossaryCsv(concepts, layout);
      const header = readCsvHeader(bytes(csv));
      if (!header.ok) throw new Error(header.code);
      const choices = suggestCsvMappings(header.header, "en");
      expect(choices.layout).toBe(layout);
      const read = readGlossaryCsv(csv, csvMappingOf(choices, header.delimiter));
      expect(read.report.errors).toEqual([]);
      expect(read.concepts).toMatchObject([
        {
          id: "c1",
          definition: "Capital",
          terms: [
            { language: "en", text: "Astana" },
            { language: "fr", text: "Astana" },
          ],
        },
      ]);
    }
  });
});
