import { describe, expect, it } from "vitest";
import { checkGlossary } from "./glossary-check";
import type { GlossaryHints, QualityIssue } from "./types";

const glossary: GlossaryHints = {
  concepts: [
    {
      id: "bri",
      terms: [
        { text: "l’Initiative la Ceinture et la Route", language: "fr", status: "preferred" },
        { text: "Belt and Road Initiative", language: "en", status: "preferred" },
        { text: "BRI", language: "en", status: "admitted" },
        { text: "One Belt One Road", language: "en", status: "deprecated" },
        { text: "一带一路倡议", language: "zh", status: "preferred" },
        { text: "инициатива «Пояс и путь»", language: "ru", status: "preferred" },
        { text: "«Бір белдеу, бір жол» бастамасы", language: "kk", status: "preferred" },
      ],
    },
    {
      id: "astana",
      terms: [
        { text: "Astana", language: "fr", status: "preferred" },
        { text: "Astana", language: "en", status: "preferred" },
        { text: "Nur-Sultan", language: "en", status: "superseded" },
        { text: "阿斯塔纳", language: "zh", status: "preferred" },
        { text: "Астана", language: "ru", status: "preferred" },
        { text: "Нур-Султан", language: "ru", status: "superseded" },
        { text: "Астана", language: "kk", status: "preferred" },
      ],
    },
    {
      id: "corridor",
      terms: [
        { text: "corridor économique", language: "fr", status: "preferred" },
        { text: "economic corridor", language: "en", status: "preferred" },
        { text: "economic belt", language: "en", status: "forbidden" },
      ],
    },
    // A concept with no term in Chinese: nothing can be missing from a Chinese target.
    { id: "cica", terms: [{ text: "CICA", language: "en", status: "preferred" }] },
  ],
};

const summary = (issues: QualityIssue[]) =>
  issues.map((issue) => [issue.code, issue.severity, issue.params?.term, issue.params?.conceptId]);

// [case, source, source language, target, target language, expected [code, severity, term, concept]]
const cases: [string, string, string, string, string, (string | undefined)[][]][] = [
  [
    "French elided term found, English preferred term present",
    "Le succès de l’Initiative la Ceinture et la Route",
    "fr",
    "The success of the Belt and Road Initiative",
    "en",
    [],
  ],
  ["an admitted target term is enough", "l'Initiative la Ceinture et la Route", "fr", "the BRI", "en", []],
  [
    "preferred term missing from an English target",
    "l'Initiative la Ceinture et la Route",
    "fr",
    "the new Silk Road",
    "en",
    [["glossary.missingTerm", "warning", "Belt and Road Initiative", "bri"]],
  ],
  ["Chinese target with the term", "the Belt and Road Initiative", "en", "一带一路倡议", "zh", []],
  [
    "Chinese target without the term",
    "the Belt and Road Initiative",
    "en",
    "丝绸之路",
    "zh",
    [["glossary.missingTerm", "warning", "一带一路倡议", "bri"]],
  ],
  ["Russian target with the term in another case", "Astana", "fr", "в Астане", "ru", []],
  ["Kazakh target with the term and a suffix", "à Astana", "fr", "Астанада", "kk", []],
  [
    "a multi-word Russian term declined",
    "the Belt and Road Initiative",
    "en",
    "в рамках инициативы «Пояс и путь»",
    "ru",
    [],
  ],
  [
    "a multi-word Kazakh term with a suffix",
    "the Belt and Road Initiative",
    "en",
    "«Бір белдеу, бір жол» бастамасының",
    "kk",
    [],
  ],
  [
    "a Russian source term in another case",
    "в Астане",
    "ru",
    "à Paris",
    "fr",
    [["glossary.missingTerm", "warning", "Astana", "astana"]],
  ],
  [
    "a stem inside a longer Russian word is not the term",
    "Astana",
    "fr",
    "Астанинский округ",
    "ru",
    [["glossary.missingTerm", "warning", "Астана", "astana"]],
  ],
  ["a French plural in the source", "deux corridors économiques", "fr", "two economic corridors", "en", []],
  [
    "a superseded term is flagged and not also reported missing",
    "à Astana",
    "fr",
    "in Nur-Sultan",
    "en",
    [["glossary.flaggedTerm", "warning", "Nur-Sultan", "astana"]],
  ],
  [
    "a deprecated term is flagged",
    "the Belt and Road Initiative",
    "en",
    "One Belt One Road",
    "en",
    [["glossary.flaggedTerm", "warning", "One Belt One Road", "bri"]],
  ],
  [
    "a forbidden term is an error",
    "un corridor économique",
    "fr",
    "an economic belt",
    "en",
    [["glossary.flaggedTerm", "error", "economic belt", "corridor"]],
  ],
  [
    "a Russian superseded term",
    "à Astana",
    "fr",
    "в Нур-Султане",
    "ru",
    [["glossary.flaggedTerm", "warning", "Нур-Султане", "astana"]],
  ],
  ["a concept without a target-language term is not missing", "CICA", "en", "亚信会议", "zh", []],
  ["a lowercase word is not the acronym", "the cica plant", "en", "la plante", "fr", []],
];

describe("checkGlossary", () => {
  it.each(cases)("%s", (_case, source, sourceLanguage, target, targetLanguage, expected) => {
    const issues = checkGlossary(
      { text: source, language: sourceLanguage },
      { text: target, language: targetLanguage },
      glossary,
    );
    expect(summary(issues)).toEqual(expected);
  });

  it("spans every occurrence in the source and the flagged term in the target", () => {
    const source = "Astana et Astana";
    const [missing] = checkGlossary({ text: source, language: "fr" }, { text: "Алматы", language: "ru" }, glossary);
    expect(missing.spans).toEqual([
      { side: "source", start: 0, end: 6 },
      { side: "source", start: 10, end: 16 },
    ]);
    const [flagged] = checkGlossary(
      { text: "Astana", language: "fr" },
      { text: "в Нур-Султане", language: "ru" },
      glossary,
    );
    expect(flagged.spans).toEqual([{ side: "target", start: 2, end: 13 }]);
    expect(flagged.params).toMatchObject({ status: "superseded", glossaryTerm: "Нур-Султан", preferred: "Астана" });
  });
});
