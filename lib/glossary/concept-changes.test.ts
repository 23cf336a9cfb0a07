import { describe, expect, it } from "vitest";
import { changesBetween } from "./concept-changes";
import type { Concept } from "./types";

const astana: Concept = {
  subjectField: "geography",
  note: "Capital of Kazakhstan",
  terms: [
    { language: "en", text: "Astana", status: "preferred", note: "since 2022" },
    { language: "en", text: "Nur-Sultan", status: "superseded", statusNote: { text: "Renamed", date: "2019-03-23" } },
  ],
};

describe("changesBetween", () => {
  it("reports nothing for the same entry", () => {
    expect(changesBetween(astana, structuredClone(astana))).toEqual([]);
  });

  it("reports cleared fields and removed terms, which an import never makes", () => {
    const after: Concept = {
      subjectField: "geography",
      terms: [{ language: "en", text: "Astana", status: "preferred" }],
    };
    expect(changesBetween(astana, after)).toEqual([
      { kind: "concept", field: "note", before: "Capital of Kazakhstan", after: "" },
      { kind: "term", language: "en", text: "Astana", field: "note", before: "since 2022", after: "" },
      { kind: "termRemoved", language: "en", text: "Nur-Sultan" },
    ]);
  });

  it("reports added terms and changed values", () => {
    const after: Concept = {
      ...astana,
      subjectField: "politics",
      terms: [...astana.terms, { language: "fr", text: "Astana", status: "preferred" }],
    };
    expect(changesBetween(astana, after)).toEqual([
      { kind: "concept", field: "subjectField", before: "geography", after: "politics" },
      { kind: "termAdded", language: "fr", text: "Astana" },
    ]);
  });

  it("reports a cleared status note", () => {
    const after: Concept = {
      ...astana,
      terms: [astana.terms[0], { language: "en", text: "Nur-Sultan", status: "superseded" }],
    };
    expect(changesBetween(astana, after)).toEqual([
      { kind: "term", language: "en", text: "Nur-Sultan", field: "statusNote", before: "Renamed", after: "" },
    ]);
  });
});
