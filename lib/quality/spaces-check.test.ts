import { describe, expect, it } from "vitest";
import { checkSpaces } from "./spaces-check";

// [case, target, language, expected [code, spaces as written]]
const cases: [string, string, string, [string, string][]][] = [
  ["clean English", "The summit opened.", "en", []],
  ["French with no-break spaces before marks", "Pourquoi\u00A0? Parce que\u202F!", "fr", []],
  ["Chinese without spaces", "峰会开幕了。", "zh", []],
  ["a line break between paragraphs", "Первый абзац.\nВторой абзац.", "ru", []],
  ["a leading space", " The summit.", "en", [["spaces.leading", " "]]],
  ["a leading full-width space", "\u3000峰会开幕了。", "zh", [["spaces.leading", "\u3000"]]],
  ["a trailing space", "Саммит ашылды. ", "kk", [["spaces.trailing", " "]]],
  ["a trailing no-break space", "Le sommet.\u00A0", "fr", [["spaces.trailing", "\u00A0"]]],
  ["a double space", "Le  sommet.", "fr", [["spaces.double", "  "]]],
  ["a space and a no-break space", "Pourquoi \u00A0?", "fr", [["spaces.double", " \u00A0"]]],
  [
    "all three",
    "  Саммит   открылся. ",
    "ru",
    [
      ["spaces.leading", "  "],
      ["spaces.double", "   "],
      ["spaces.trailing", " "],
    ],
  ],
  ["only spaces", "   ", "en", []],
];

describe("checkSpaces", () => {
  it.each(cases)("%s", (_case, text, language, expected) => {
    const issues = checkSpaces({ text, language });
    expect(issues.map((issue) => [issue.code, text.slice(issue.spans[0].start, issue.spans[0].end)])).toEqual(expected);
    expect(issues.every((issue) => issue.severity === "warning" && issue.spans[0].side === "target")).toBe(true);
  });
});
