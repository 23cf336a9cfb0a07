import { describe, expect, it } from "vitest";
import { changesBetween } from "./concept-changes";
import { readFieldChanges } from "./read-field-changes";
import type { Concept } from "./types";

describe("readFieldChanges", () => {
  it("reads back every kind of change a save or an import records", () => {
    const before: Concept = {
      definition: "Capital",
      note: "Old note",
      links: [],
      terms: [
        { language: "en", text: "Astana", status: "admitted" },
        { language: "en", text: "Akmola", status: "superseded" },
      ],
    };
    const after: Concept = {
      definition: "Capital of Kazakhstan",
      subjectField: "geography",
      perLanguage: { fr: { definition: "Capitale du Kazakhstan" } },
      links: [{ type: "externalCrossReference", target: "https://example.org/astana" }],
      terms: [
        {
          language: "en",
          text: "Astana",
          status: "preferred",
          statusNote: { text: "Name again since 2022", date: "2022-09-17" },
        },
        { language: "fr", text: "Astana", status: "preferred" },
      ],
    };
    const recorded = JSON.parse(JSON.stringify(changesBetween(before, after))) as unknown;
    const read = readFieldChanges(recorded);
    expect(read.skipped).toBe(0);
    expect(read.changes.map((change) => change.kind).sort()).toEqual([
      "concept",
      "concept",
      "concept",
      "language",
      "link",
      "term",
      "term",
      "termAdded",
      "termRemoved",
    ]);
    expect(read.changes).toEqual(recorded);
  });

  it.each([
    ["not a list", { kind: "termAdded" }, 0],
    ["an unknown kind", [{ kind: "renamed", from: "a" }], 1],
    ["a missing field", [{ kind: "term", language: "en", text: "Astana", field: "status" }], 1],
    ["an unknown field", [{ kind: "concept", field: "colour", after: "red" }], 1],
  ])("skips %s", (_, value, skipped) => {
    expect(readFieldChanges(value)).toEqual({ changes: [], skipped });
  });
});
