import { describe, expect, it } from "vitest";
import { glossaryHeader } from "./glossary-header";

describe("glossaryHeader", () => {
  it.each([
    [null, undefined],
    ["Places", "Places"],
  ])("keeps the export fields (description %s)", (description, expected) => {
    expect(
      glossaryHeader({ name: "Geography", description, languages: ["en", "fr"], subjectFields: ["geography"] }),
    ).toEqual({ name: "Geography", description: expected, languages: ["en", "fr"], subjectFields: ["geography"] });
  });
});
