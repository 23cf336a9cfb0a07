import { describe, expect, it } from "vitest";
import type { GlossaryFileRead } from "../formats/read-glossary-file";
import { previewImport } from "./import-preview";
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
});
