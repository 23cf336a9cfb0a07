import { describe, expect, it } from "vitest";
import { isHeadingLike, splitInlineList, toParagraphs } from "./paragraphs";

describe("toParagraphs", () => {
  it.each<[string, string[], string[]]>([
    [
      "one paragraph per line without blank lines",
      ["Titre", "Premier paragraphe.", "second paragraphe."],
      ["Titre", "Premier paragraphe.", "second paragraphe."],
    ],
    ["blank-line blocks", ["Une Plateforme", "", "Texte ici.", "", ""], ["Une Plateforme", "Texte ici."]],
    [
      "hard-wrapped lines joined",
      ["The forum was co-hosted by the", "institute and think tanks.", "", "Next."],
      ["The forum was co-hosted by the institute and think tanks.", "Next."],
    ],
    ["a sentence end is not a wrap", ["It ended.", "then another", "", "x"], ["It ended.", "then another", "x"]],
    [
      "bullets and footnote markers dropped",
      ["- China aims higher [1][3]", "• Trade rose [2]."],
      ["China aims higher", "Trade rose."],
    ],
    ["punctuation-only lines dropped", ["—", "Text."], ["Text."]],
  ])("%s", (_, lines, expected) => {
    expect(toParagraphs(lines)).toEqual(expected);
  });
});

describe("splitInlineList", () => {
  it.each<[string, string[]]>([
    [
      "Core Points - China aims higher [1][3] - The summit produced outcomes [2] Group 1 - Trade rose by 35% [1]",
      [
        "Core Points",
        "China aims higher [1][3]",
        "The summit produced outcomes [2]",
        "Group 1",
        "Trade rose by 35% [1]",
      ],
    ],
    [
      "Core Viewpoint - The spirit matters [1][5][12]. Historical Context - It is rooted in history [2]. - Borders were settled [2].",
      [
        "Core Viewpoint",
        "The spirit matters [1][5][12].",
        "Historical Context",
        "It is rooted in history [2].",
        "Borders were settled [2].",
      ],
    ],
    [
      "Мұхитқа шыға алмайтын мемлекеттердің ішінде Қазақстан - ең үлкені.",
      ["Мұхитқа шыға алмайтын мемлекеттердің ішінде Қазақстан - ең үлкені."],
    ],
    [
      "The China-Kyrgyzstan-Uzbekistan railway - a 3,300-kilometer link - Opened today.",
      ["The China-Kyrgyzstan-Uzbekistan railway - a 3,300-kilometer link - Opened today."],
    ],
  ])("%j", (paragraph, expected) => {
    expect(splitInlineList(paragraph)).toEqual(expected);
  });

  it.each([
    ["Core Points", true],
    ["Political Trust and Security Cooperation", true],
    ["Il a parlé.", false],
    ["A very long line that keeps going on and on with many words", false],
  ])("isHeadingLike(%j) is %s", (text, expected) => {
    expect(isHeadingLike(text)).toBe(expected);
  });
});
