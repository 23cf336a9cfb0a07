import { describe, expect, it } from "vitest";
import { entryName, groupByLanguage } from "./entry-terms";
import type { TermStatus } from "./types";

const term = (language: string, text: string, status: TermStatus = "preferred") => ({ language, text, status });

describe("entryName", () => {
  const terms = [
    term("en", "Nur-Sultan", "superseded"),
    term("en", "Astana"),
    term("zh-Hans", "阿斯塔纳", "admitted"),
    term("fr", "Astana", "admitted"),
  ];

  it.each([
    ["the best-rated term in the reader's language", "en", "Astana"],
    ["a term whose tag has a script or region", "zh", "阿斯塔纳"],
    ["the best-rated term of the entry when none is in that language", "kk", "Astana"],
  ])("picks %s", (_, language, expected) => {
    expect(entryName(terms, language)?.text).toBe(expected);
  });

  it("keeps the first of equally rated terms and gives nothing for no terms", () => {
    expect(entryName([term("ru", "Астана"), term("ru", "Акмола")], "ru")?.text).toBe("Астана");
    expect(entryName([], "en")).toBeUndefined();
  });
});

describe("groupByLanguage", () => {
  it("groups in the glossary's language order, unknown languages last in order of appearance", () => {
    const terms = [
      term("ru", "Астана"),
      term("fr", "Astana"),
      term("en", "Astana"),
      term("kk", "Астана"),
      term("en", "Nur-Sultan", "superseded"),
    ];
    expect(
      groupByLanguage(terms, ["en", "fr"]).map((group) => [group.language, group.terms.map((t) => t.text)]),
    ).toEqual([
      ["en", ["Astana", "Nur-Sultan"]],
      ["fr", ["Astana"]],
      ["ru", ["Астана"]],
      ["kk", ["Астана"]],
    ]);
  });
});
