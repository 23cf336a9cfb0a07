import { describe, expect, it } from "vitest";
import type { Concept } from "../../glossary/types";
import { type CsvMapping, suggestCsvMapping } from "./csv-mapping";
import { readGlossaryCsv } from "./read-glossary-csv";
import { writeGlossaryCsv } from "./write-glossary-csv";

describe("suggestCsvMapping", () => {
  it.each([
    [
      "one row per term",
      ["Concept ID", "Language", "Term", "Status", "Part of speech", "Note", "Définition", "Domaine"],
      {
        layout: "termPerRow",
        columns: [
          { field: "conceptId" },
          { field: "language" },
          { field: "term" },
          { field: "status" },
          { field: "partOfSpeech" },
          { field: "termNote" },
          { field: "definition" },
          { field: "subjectField" },
        ],
      },
    ],
    [
      "one column per language, by code and by name",
      ["en", "Français", "中文", "Русский", "definition", "term (kk)", "definition_fr", "Comment", "Source"],
      {
        layout: "columnPerLanguage",
        columns: [
          { field: "term", language: "en" },
          { field: "term", language: "fr" },
          { field: "term", language: "zh" },
          { field: "term", language: "ru" },
          { field: "conceptDefinition" },
          { field: "term", language: "kk" },
          { field: "definition", language: "fr" },
          { field: "conceptNote" },
          { field: "ignore" },
        ],
      },
    ],
    [
      "French and Chinese headers",
      ["identifiant", "langue", "terme", "statut", "词性"],
      {
        layout: "termPerRow",
        columns: [
          { field: "conceptId" },
          { field: "language" },
          { field: "term" },
          { field: "status" },
          { field: "partOfSpeech" },
        ],
      },
    ],
    [
      "id is an identifier, not Indonesian",
      ["id", "en", "zh-Hans"],
      {
        layout: "columnPerLanguage",
        columns: [{ field: "conceptId" }, { field: "term", language: "en" }, { field: "term", language: "zh-Hans" }],
      },
    ],
  ] as [string, string[], CsvMapping][])("%s", (_, header, expected) => {
    expect(suggestCsvMapping(header)).toEqual(expected);
  });
});

const read = (text: string) => readGlossaryCsv(text, suggestCsvMapping(text.split(/\r?\n/u)[0].split(/[,;\t]/u)));

describe("readGlossaryCsv, one row per term", () => {
  const csv = [
    "concept id,subject field,language,term,status,part of speech,term note,definition",
    "astana,Places,en,Astana,preferred,noun,,Capital of Kazakhstan",
    ',,en,Nur-Sultan,superseded,noun,"Used from 2019\nto 2022",',
    "astana,Places,fr,Astana,privilégié,nom,,Capitale du Kazakhstan",
    "bri,Initiatives,en,Belt and Road Initiative,,,,",
  ].join("\n");

  it("groups rows into concepts; a blank id continues the concept above", () => {
    const result = read(csv);
    expect(result.report.errors).toEqual([]);
    expect(result.concepts).toEqual([
      {
        id: "astana",
        subjectField: "Places",
        perLanguage: { en: { definition: "Capital of Kazakhstan" }, fr: { definition: "Capitale du Kazakhstan" } },
        terms: [
          { language: "en", text: "Astana", status: "preferred", partOfSpeech: "noun" },
          {
            language: "en",
            text: "Nur-Sultan",
            status: "superseded",
            partOfSpeech: "noun",
            note: "Used from 2019\nto 2022",
          },
          { language: "fr", text: "Astana", status: "preferred", partOfSpeech: "noun" },
        ],
      },
      {
        id: "bri",
        subjectField: "Initiatives",
        terms: [{ language: "en", text: "Belt and Road Initiative", status: "admitted" }],
      },
    ]);
    expect(result.lines).toEqual([2, 6]);
    expect(result.report.warnings.map((warning) => [warning.code, warning.line, warning.detail])).toEqual([
      ["valueMapped", 5, "privilégié → preferred"],
      ["valueMapped", 5, "nom → noun"],
    ]);
  });

  it.each([
    [
      "an invalid language, with the line after a multi-line cell",
      'id,language,term\nc1,en,"two\nlines"\nc1,---,Fear',
      { code: "invalidLanguageTag", line: 4, element: "language", detail: "---", terms: ["Fear"] },
    ],
    [
      "an invalid language, with the line after empty lines and a CRLF multi-line cell",
      'id,language,term\r\n\r\nc1,en,"two\r\nlines"\r\n\r\nc1,---,Fear\r\n',
      { code: "invalidLanguageTag", line: 6, element: "language", detail: "---", terms: ["Fear"] },
    ],
    [
      "a NUL character, at its line",
      "id,language,term\nc1,en,Astana\nc1,fr,Ast\0ana\n",
      { code: "malformedCsv", line: 3, detail: "NUL" },
    ],
    [
      "an empty term",
      "id,language,term\nc1,en,Astana\nc1,fr,",
      { code: "emptyTerm", line: 3, element: "term", detail: "" },
    ],
    [
      "a concept left without terms",
      "id,language,term,definition\nc1,xx-!!,Astana,def",
      { code: "invalidLanguageTag", line: 2, element: "language", detail: "xx-!!", terms: ["Astana"] },
    ],
  ])("reports %s", (_, text, error) => {
    expect(read(text).report.errors[0]).toEqual(error);
  });

  it.each([
    ["an unknown status", "id,language,term,status\nc1,en,Astana,maybe", "unknownValue"],
    [
      "a subject field that changes between rows",
      "id,subject field,language,term\nc1,Places,en,Astana\nc1,Cities,fr,Astana",
      "conflictingValue",
    ],
    ["the same term twice", "id,language,term\nc1,en,Astana\nc1,en,Astana", "duplicateTerm"],
    ["cells beyond the header", "id,language,term\nc1,en,Astana,extra", "extraCells"],
  ])("warns about %s", (_, text, code) => {
    expect(read(text).report.warnings.map((warning) => warning.code)).toEqual([code]);
  });

  it.each([
    ["semicolons", "id;language;term\nc1;fr;Asie centrale"],
    ["tabs", "id\tlanguage\tterm\nc1\tfr\tAsie centrale"],
    ["a BOM and CRLF", "\uFEFFid,language,term\r\nc1,fr,Asie centrale\r\n"],
  ])("reads %s", (_, text) => {
    expect(read(text).concepts).toEqual([
      { id: "c1", terms: [{ language: "fr", text: "Asie centrale", status: "admitted" }] },
    ]);
  });

  it.each([
    ["an empty file", "", "empty"],
    ["a header without a term column", "id,language\nc1,en", "noTermColumn"],
    ["an unclosed quote", 'id,language,term\nc1,en,"Astana\nc2,en,Almaty', "malformedCsv"],
  ])("refuses %s and returns nothing", (_, text, code) => {
    const result = read(text);
    expect(result.report.errors.map((error) => error.code)).toEqual([code]);
    expect(result.concepts).toEqual([]);
  });

  it("refuses a file over the size limit", () => {
    expect(
      readGlossaryCsv("id,language,term\nc1,en,Astana", suggestCsvMapping(["id", "language", "term"]), { maxBytes: 10 })
        .report.errors[0].code,
    ).toBe("tooLarge");
  });
});

describe("readGlossaryCsv, one column per language", () => {
  it("reads synonyms separated by semicolons, the first as preferred", () => {
    const result = read("en,fr,zh,definition\nAstana; Nur-Sultan,Astana,阿斯塔纳,Capital\n,,,\nAlmaty,Almaty,,");
    expect(result.concepts).toEqual([
      {
        definition: "Capital",
        terms: [
          { language: "en", text: "Astana", status: "preferred" },
          { language: "en", text: "Nur-Sultan", status: "admitted" },
          { language: "fr", text: "Astana", status: "preferred" },
          { language: "zh", text: "阿斯塔纳", status: "preferred" },
        ],
      },
      {
        terms: [
          { language: "en", text: "Almaty", status: "preferred" },
          { language: "fr", text: "Almaty", status: "preferred" },
        ],
      },
    ]);
    expect(result.lines).toEqual([2, 4]);
  });
});

const concepts: Concept[] = [
  {
    id: "astana",
    subjectField: "Places",
    definition: "A city",
    note: 'Concept note, with "quotes"',
    perLanguage: {
      en: { definition: "Capital of Kazakhstan", note: "English only" },
      zh: { definition: "哈萨克斯坦首都" },
    },
    terms: [
      { language: "en", text: "Astana", status: "preferred", partOfSpeech: "noun", usageExample: "Held in Astana." },
      {
        language: "en",
        text: "Nur-Sultan",
        status: "superseded",
        statusNote: { date: "2019-03-23", text: "Renamed\nback in 2022" },
      },
      { language: "en", text: "Akmola", status: "forbidden", note: "Old name; do not use" },
      { language: "zh", text: "阿斯塔纳", status: "preferred" },
    ],
  },
  { id: "bri", terms: [{ language: "fr", text: "l’Initiative la Ceinture et la Route", status: "admitted" }] },
];

describe("writeGlossaryCsv round trips", () => {
  it("one row per term keeps concepts, terms, statuses and notes", () => {
    const csv = writeGlossaryCsv(concepts, "termPerRow");
    expect(read(csv)).toMatchObject({ concepts, report: { errors: [], warnings: [] } });
    expect(read(csv).concepts).toEqual(concepts);
  });

  it("one column per language keeps the terms' text, preferred first, and the definitions", () => {
    const csv = writeGlossaryCsv(concepts, "columnPerLanguage");
    expect(csv.split("\n")[0]).toBe(
      "concept id,subject field,definition,note,en,zh,fr,definition (en),definition (zh)",
    );
    const back = read(csv).concepts;
    expect(back.map((concept) => concept.terms.map((term) => [term.language, term.text]))).toEqual(
      concepts.map((concept) => concept.terms.map((term) => [term.language, term.text])),
    );
    expect(back[0]).toMatchObject({
      id: "astana",
      definition: "A city",
      perLanguage: { en: { definition: "Capital of Kazakhstan" } },
    });
  });

  it("neutralises formula-like cells and reads them back unchanged, in both layouts", () => {
    const risky: Concept[] = [
      {
        id: '=HYPERLINK("http://x")',
        definition: "+1 a definition",
        note: "@note",
        terms: [
          { language: "en", text: "=SUM(A1)", status: "preferred" },
          { language: "en", text: "-ish", status: "admitted", note: "\tindented note" },
          { language: "en", text: "@home", status: "admitted" },
          { language: "en", text: "'=already quoted", status: "admitted" },
          { language: "en", text: "'plain quote", status: "admitted" },
        ],
      },
    ];
    const csv = writeGlossaryCsv(risky, "termPerRow");
    const cells = csv.split("\n").slice(1).join(",");
    expect(cells).toContain("'=SUM(A1)");
    expect(cells).toContain("'-ish");
    expect(cells).toContain("'@home");
    expect(cells).toContain("''=already quoted");
    expect(cells).not.toMatch(/(^|,)"?[=+\-@\t\r]/u);
    expect(read(csv)).toMatchObject({ report: { errors: [], warnings: [] } });
    // The apostrophe shields a leading tab from the reader's trimming too.
    expect(read(csv).concepts).toEqual(risky);
    const back = read(writeGlossaryCsv(risky, "columnPerLanguage")).concepts;
    expect(back[0].terms.map((term) => term.text)).toEqual(risky[0].terms.map((term) => term.text));
  });
});
