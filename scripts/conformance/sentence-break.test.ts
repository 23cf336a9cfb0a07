import { describe, expect, it } from "vitest";
import { parseBreakTestLine } from "./sentence-break.ts";
import { sourceText } from "./udhr.ts";

describe("parseBreakTestLine", () => {
  it.each([
    ["÷ 0001 × 0308 ÷\t#  ÷ [0.2] <START OF HEADING> (Other) × [5.0] …", "\u0001\u0308", [0, 2]],
    ["÷ 0061 × 002E ÷ 0041 ÷\t# comment", "a.A", [0, 2, 3]],
    ["÷ 1F3FB ÷ 0041 ÷", "\u{1F3FB}A", [0, 2, 3]],
  ])("%s", (line, text, expected) => {
    expect(parseBreakTestLine(line)).toEqual({ line: line.split("#")[0].trim(), text, expected });
  });

  it("skips comments and blank lines", () => {
    expect(parseBreakTestLine("# SentenceBreakTest-9.0.0.txt")).toBeNull();
    expect(parseBreakTestLine("")).toBeNull();
  });
});

describe("sourceText", () => {
  it("is the body text of an HTML page, without scripts", () => {
    const html =
      "<html><head><title>T</title></head><body><h1>Titre</h1><p>Texte <b>gras</b>.</p><script>x()</script></body></html>";
    expect(sourceText(html, "a.html").replace(/\s+/gu, " ").trim()).toBe("Titre Texte gras .");
  });

  it("is the text after the front matter of a text file", () => {
    expect(sourceText("# title: T\n# language: fr\n---\n\nTitre\n", "a.txt")).toBe("\nTitre\n");
  });
});
