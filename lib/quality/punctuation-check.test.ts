import { describe, expect, it } from "vitest";
import { checkEndPunctuation, checkFrenchSpacing } from "./punctuation-check";

// [case, source, source language, target, target language]
const matchingEnds: [string, string, string, string, string][] = [
  ["period to 。", "Le sommet s’est ouvert.", "fr", "峰会开幕了。", "zh"],
  ["。 to period", "峰会开幕了。", "zh", "The summit opened.", "en"],
  ["？ to ?", "他来了吗？", "zh", "Он приехал?", "ru"],
  ["! to ！", "Bravo !", "fr", "太好了！", "zh"],
  ["ellipsis character to three periods", "Et puis…", "fr", "And then...", "en"],
  ["three periods to ellipsis", "And then...", "en", "然后……", "zh"],
  ["a closing quote after the mark", "« Nous sommes prêts. »", "fr", "“We are ready.”", "en"],
  ["a closing bracket after the mark", "(Voir plus haut.)", "fr", "（见上文。）", "zh"],
  ["trailing spaces are looked through", "Oui. ", "fr", "Да.", "ru"],
  ["no mark on either side (a title)", "Le sommet d’Astana", "fr", "Астана саммиті", "kk"],
  ["colon to ：", "Il a déclaré :", "fr", "他说：", "zh"],
  ["Kazakh question", "Why?", "en", "Неге?", "kk"],
];

// [case, source, source language, target, target language, expected mark, found mark]
const differentEnds: [string, string, string, string, string, string, string][] = [
  ["a missing period", "Le sommet s’est ouvert.", "fr", "The summit opened", "en", ".", ""],
  ["a missing 。", "The summit opened.", "en", "峰会开幕了", "zh", "。", ""],
  ["a question turned into a statement", "Он приехал?", "ru", "He came.", "en", "?", "."],
  ["an ASCII period closing Chinese", "The summit opened.", "en", "峰会开幕了.", "zh", "。", "."],
  ["a 。 closing French", "峰会开幕了。", "zh", "Le sommet s’est ouvert。", "fr", ".", "。"],
  ["a period added to a title", "Le sommet d’Astana", "fr", "The Astana summit.", "en", "", "."],
  ["an exclamation lost in Kazakh", "Bravo !", "fr", "Жарайсың.", "kk", "!", "."],
];

describe("checkEndPunctuation", () => {
  it.each(matchingEnds)("no issue: %s", (_case, source, sourceLanguage, target, targetLanguage) => {
    expect(
      checkEndPunctuation({ text: source, language: sourceLanguage }, { text: target, language: targetLanguage }),
    ).toEqual([]);
  });

  it.each(differentEnds)("%s", (_case, source, sourceLanguage, target, targetLanguage, expected, found) => {
    const issues = checkEndPunctuation(
      { text: source, language: sourceLanguage },
      { text: target, language: targetLanguage },
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "punctuation.end", severity: "warning", params: { expected, found } });
    const targetSpan = issues[0].spans.find((span) => span.side === "target")!;
    expect(target.slice(targetSpan.start, targetSpan.end)).toBe(found);
  });

  it("says nothing while the target is empty", () => {
    expect(checkEndPunctuation({ text: "Oui.", language: "fr" }, { text: " ", language: "en" })).toEqual([]);
  });
});

// [case, French target, expected [mark, found] per issue]
const frenchSpacing: [string, string, [string, string][]][] = [
  ["a no-break space", "Pourquoi\u00A0?", []],
  ["a narrow no-break space", "Il a dit\u202F: oui\u202F; non\u202F!", []],
  ["an ordinary space", "Pourquoi ?", [["?", "space"]]],
  ["no space", "Pourquoi?", [["?", "none"]]],
  [
    "every mark is checked",
    "Voici: un; deux !",
    [
      [":", "none"],
      [";", "none"],
      ["!", "space"],
    ],
  ],
  ["a time is not prose", "à 14:30 précises", []],
  ["an address is not prose", "voir https://example.org?id=3", []],
  ["a second mark needs no space", "Vraiment\u00A0?!", []],
  ["after a closing quote", "Il a dit « non »!", [["!", "none"]]],
];

describe("checkFrenchSpacing", () => {
  it.each(frenchSpacing)("%s", (_case, text, expected) => {
    const issues = checkFrenchSpacing({ text, language: "fr" });
    expect(issues.map((issue) => [issue.params?.mark, issue.params?.found])).toEqual(expected);
    for (const issue of issues) {
      const { start, end } = issue.spans[0];
      expect(text.slice(start, end)).toBe(
        issue.params?.found === "space" ? ` ${issue.params.mark}` : issue.params?.mark,
      );
    }
  });

  it.each(["en", "zh", "ru", "kk"])("leaves %s targets alone", (language) => {
    expect(checkFrenchSpacing({ text: "Why? Because: that!", language })).toEqual([]);
  });

  it("applies to regional French", () => {
    expect(checkFrenchSpacing({ text: "Pourquoi?", language: "fr-CA" })).toHaveLength(1);
  });
});
