import { describe, expect, it } from "vitest";
import { checkBrackets } from "./brackets-check";

// [case, target, target language, unbalanced marks in order]
const cases: [string, string, string, string[]][] = [
  ["balanced round brackets", "Le sommet (CICA) a eu lieu.", "fr", []],
  ["French guillemets", "« Nous sommes prêts », a-t-il dit.", "fr", []],
  ["English curly quotes", "“We are ready,” he said.", "en", []],
  ["nested quotes", "“He said ‘yes’ twice.”", "en", []],
  ["Chinese corner and title marks", "他说：「我们读了《论语》。」（见上文）", "zh", []],
  ["Russian „lapki“", "Он сказал „да“.", "ru", []],
  ["Kazakh guillemets", "«Бір белдеу, бір жол» бастамасы", "kk", []],
  ["apostrophes are not closing quotes", "l’Union et l’Asie, don’t", "fr", []],
  ["an even count of ASCII quotes", 'He said "yes".', "en", []],
  ["a list item marker", "a) premier ; b) second", "fr", []],
  ["a numbered list item in Russian", "1) первое; 2) второе", "ru", []],
  ["an unclosed round bracket", "Le sommet (CICA a eu lieu.", "fr", ["("]],
  ["a closing bracket that closes nothing", "The summit CICA) opened.", "en", [")"]],
  ["an unclosed guillemet", "« Nous sommes prêts, a-t-il dit.", "fr", ["«"]],
  ["an unclosed curly quote", "“We are ready, he said.", "en", ["“"]],
  ["an unclosed Chinese title mark", "我们读了《论语。", "zh", ["《"]],
  ["an unclosed full-width bracket", "峰会（亚信会议举行。", "zh", ["（"]],
  ["crossed brackets", "(see [above)", "en", ["["]],
  ["an odd count of ASCII quotes", 'He said "yes.', "en", ['"']],
  ["a bracketed ellipsis", "[...] а потом", "ru", []],
  ["an unclosed Russian „", "Он сказал „да.", "ru", ["„"]],
  ["an unclosed Kazakh guillemet", "«Бір белдеу бастамасы", "kk", ["«"]],
];

describe("checkBrackets", () => {
  it.each(cases)("%s", (_case, target, language, expected) => {
    const issues = checkBrackets({ text: "Plain source.", language: "en" }, { text: target, language });
    expect(issues.map((issue) => issue.params?.mark)).toEqual(expected);
    for (const issue of issues) {
      expect(issue.code).toBe("brackets.unbalanced");
      expect(target.slice(issue.spans[0].start, issue.spans[0].end)).toBe(issue.params?.mark);
    }
  });

  it("says nothing when the source is cut the same way", () => {
    const source = { text: "« Nous sommes prêts,", language: "fr" };
    expect(checkBrackets(source, { text: "“We are ready,", language: "en" })).toEqual([]);
    expect(checkBrackets(source, { text: "「我们准备好了，", language: "zh" })).toEqual([]);
    expect(checkBrackets(source, { text: "(We are ready,", language: "en" })).toHaveLength(1);
  });

  it("stays linear on crossed brackets", () => {
    const text = "(".repeat(2500) + "]".repeat(2500);
    const started = performance.now();
    expect(checkBrackets({ text: "", language: "en" }, { text, language: "en" })).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
