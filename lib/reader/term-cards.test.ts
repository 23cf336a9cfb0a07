import { describe, expect, it } from "vitest";
import { type ConceptCardRow, termsIn, toTermCard } from "./term-cards";

const astana: ConceptCardRow = {
  id: "c1",
  definition: "Capital of Kazakhstan",
  perLanguage: {
    fr: { definition: "Capitale du Kazakhstan" },
    "zh-Hans": { definition: "哈萨克斯坦首都", note: "n" },
    ru: { note: "only a note" },
  },
  glossary: { name: "Starter", slug: "starter" },
  terms: [
    { language: "en", text: "Nur-Sultan", status: "superseded" },
    { language: "en", text: "Astana", status: "preferred" },
    { language: "fr", text: "Astana", status: "preferred" },
    { language: "zh-Hans", text: "阿斯塔纳", status: "preferred" },
    { language: "ru", text: "Астана", status: "preferred" },
  ],
};

describe("toTermCard", () => {
  it("keeps the terms of the languages asked for, matching region and script subtags", () => {
    const card = toTermCard(astana, { languages: ["en", "zh"], definitionLanguages: ["en"] });
    expect(card.terms.map((term) => term.text)).toEqual(["Nur-Sultan", "Astana", "阿斯塔纳"]);
    expect(card.glossary).toEqual({ name: "Starter", slug: "starter" });
  });

  it.each([
    [["zh"], { text: "哈萨克斯坦首都", language: "zh-Hans" }],
    [["fr", "en"], { text: "Capitale du Kazakhstan", language: "fr" }],
    [["en", "fr"], { text: "Capital of Kazakhstan", language: null }],
    [["ru", "en"], { text: "Capital of Kazakhstan", language: null }],
  ])("picks the definition for %j", (definitionLanguages, expected) => {
    expect(toTermCard(astana, { languages: [], definitionLanguages }).definition).toEqual(expected);
  });

  it("falls back to any language section's definition, and to none", () => {
    expect(
      toTermCard({ ...astana, definition: null }, { languages: [], definitionLanguages: ["kk", "zh"] }).definition,
    ).toEqual({
      text: "哈萨克斯坦首都",
      language: "zh-Hans",
    });
    expect(
      toTermCard({ ...astana, definition: null }, { languages: [], definitionLanguages: ["kk"] }).definition,
    ).toEqual({
      text: "Capitale du Kazakhstan",
      language: "fr",
    });
    expect(
      toTermCard({ ...astana, definition: "  ", perLanguage: null }, { languages: [], definitionLanguages: ["en"] })
        .definition,
    ).toBeNull();
    expect(
      toTermCard(
        { ...astana, definition: null, perLanguage: ["not", "an", "object"] },
        { languages: [], definitionLanguages: ["en"] },
      ).definition,
    ).toBeNull();
  });
});

describe("termsIn", () => {
  it("lists one language's terms, preferred first", () => {
    const card = toTermCard(astana, { languages: ["en", "fr"], definitionLanguages: [] });
    expect(termsIn(card, "en-GB").map((term) => [term.text, term.status])).toEqual([
      ["Astana", "preferred"],
      ["Nur-Sultan", "superseded"],
    ]);
    expect(termsIn(card, "kk")).toEqual([]);
  });
});
