import { describe, expect, it } from "vitest";
import { readGlossaryFile, type GlossaryFileRead } from "../formats/read-glossary-file";
import { previewImport, readerRejections } from "./import-preview";
import type { Concept } from "./types";

const header = { name: "Geography", languages: ["en", "fr"], subjectFields: [] };
const stored: Concept[] = [{ id: "astana", terms: [{ language: "en", text: "Astana", status: "preferred" }] }];

describe("previewImport", () => {
  it("lists what a read file would add, change and leave, with the file's lines", () => {
    const read: GlossaryFileRead = {
      glossary: header,
      concepts: [
        { id: "astana", note: "Capital", terms: [{ language: "en", text: "Astana", status: "preferred" }] },
        { id: "almaty", terms: [{ language: "fr", text: "Almaty", status: "preferred" }] },
      ],
      lines: [3, 9],
      report: { errors: [], warnings: [{ code: "unsupportedElement", line: 2, detail: "term" }] },
    };
    expect(previewImport(4, read, stored)).toMatchObject({
      version: 4,
      refused: false,
      warnings: [{ line: 2 }],
      counts: { add: 1, change: 1, unchanged: 0, reject: 0 },
      add: [{ line: 9, label: "Almaty", languages: ["fr"] }],
      change: [{ line: 3, label: "Astana", changes: [{ kind: "concept", field: "note", after: "Capital" }] }],
      reject: [],
    });
  });

  it("refuses a file read as a whole error, with nothing to import", () => {
    const read: GlossaryFileRead = {
      glossary: null,
      concepts: [],
      lines: [],
      report: { errors: [{ code: "empty", detail: "" }], warnings: [] },
    };
    expect(previewImport(4, read, stored)).toEqual({
      version: 4,
      refused: true,
      errors: read.report.errors,
      warnings: [],
      counts: { add: 0, change: 0, unchanged: 0, reject: 0 },
      add: [],
      change: [],
      reject: [],
    });
  });

  it("counts and lists as rejected the entries the file's reader dropped, so that the counts agree with the lists", () => {
    const entry = (id: string, body: string) => `<termEntry id="${id}">${body}</termEntry>`;
    const term = (language: string, text: string) =>
      `<langSet xml:lang="${language}"><tig><term>${text}</term></tig></langSet>`;
    const content = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
<text><body>
${entry("almaty", term("en", "Almaty"))}
${entry("almaty", term("en", "Alma-Ata"))}
${entry("empty", term("!!", "Nothing"))}
${entry("astana", term("en", "Astana") + term("fr", "Astana"))}
</body></text></martif>`;
    const preview = previewImport(4, readGlossaryFile({ format: "tbx", content }), stored);
    expect(preview.counts).toEqual({ add: 1, change: 1, unchanged: 0, reject: 2 });
    expect(preview.reject).toEqual([
      { line: 5, label: "Alma-Ata", reasons: [{ code: "duplicateId", conceptIds: ["almaty"] }] },
      { line: 6, label: "empty", reasons: [{ code: "noTerms" }] },
    ]);
    // The dropped language section stays a file error (its term was not imported); the dropped entries are not
    // listed twice.
    expect(preview.errors.map((issue) => issue.code)).toEqual(["invalidLanguageTag"]);
    for (const kind of ["add", "change", "reject"] as const) expect(preview[kind]).toHaveLength(preview.counts[kind]);
  });

  it("words a reader's entry error as a plan reason, with its limit", () => {
    expect(
      readerRejections({
        errors: [
          { code: "tooManyTerms", line: 3, detail: "500" },
          { code: "emptyTerm", line: 4, detail: "" },
        ],
        warnings: [],
      }),
    ).toEqual({
      rejected: [{ line: 3, label: "", reasons: [{ code: "tooManyTerms", limit: 500 }] }],
      errors: [{ code: "emptyTerm", line: 4, detail: "" }],
    });
  });
});
