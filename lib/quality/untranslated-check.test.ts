import { describe, expect, it } from "vitest";
import { checkUntranslated } from "./untranslated-check";

// [case, source, source language, target, target language, reported]
const cases: [string, string, string, string, string, boolean][] = [
  ["a French sentence copied into English", "Le sommet s’est ouvert.", "fr", "Le sommet s’est ouvert.", "en", true],
  ["copied with other case and spacing", "Le sommet s’est ouvert.", "fr", "le  Sommet s'est ouvert. ", "en", true],
  ["copied without accents", "Le sommet a été reporté.", "fr", "Le sommet a ete reporte.", "en", true],
  ["a Chinese sentence copied", "峰会开幕了。", "zh", "峰会开幕了。", "fr", true],
  ["a Russian sentence copied into Kazakh", "Саммит открылся.", "ru", "Саммит открылся.", "kk", true],
  ["an English sentence copied into Chinese", "The summit opened.", "en", "The summit opened.", "zh", true],
  ["a real translation", "Le sommet s’est ouvert.", "fr", "The summit opened.", "en", false],
  ["a name", "Astana", "fr", "Astana", "en", false],
  ["an acronym", "CICA", "en", "CICA", "fr", false],
  ["a year", "2024", "fr", "2024", "zh", false],
  ["names, acronyms and numbers together", "CICA 2024, Astana", "en", "CICA 2024, Astana", "ru", false],
  ["a Cyrillic name", "Астана", "ru", "Астана", "kk", false],
  ["an empty target", "Le sommet.", "fr", "", "en", false],
  ["punctuation only", "…", "fr", "…", "en", false],
];

describe("checkUntranslated", () => {
  it.each(cases)("%s", (_case, source, sourceLanguage, target, targetLanguage, reported) => {
    const issues = checkUntranslated(
      { text: source, language: sourceLanguage },
      { text: target, language: targetLanguage },
    );
    expect(issues.map((issue) => issue.code)).toEqual(reported ? ["untranslated"] : []);
    if (reported) {
      expect(issues[0].severity).toBe("error");
      expect(issues[0].spans).toContainEqual({ side: "target", start: 0, end: target.length });
    }
  });
});
