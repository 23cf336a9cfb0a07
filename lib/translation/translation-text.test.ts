import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "../validation/field-errors";
import {
  checkText,
  checkTranslationText,
  checkedTextSchema,
  maxTranslationLength,
  normalizeText,
  translationTextSchema,
} from "./translation-text";

describe("checkTranslationText", () => {
  it.each([
    ["empty", ""],
    ["spaces only", "   "],
    ["white space of every kind", " \t\n\r\n\u00A0\u3000 "],
  ])("refuses %s as required", (_name, value) => {
    expect(checkTranslationText(value)).toEqual({ ok: false, code: "required" });
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["a lone high surrogate", "a\uD800b"],
    ["a lone low surrogate", "a\uDC00b"],
    ["a surrogate pair in the wrong order", "\uDC00\uD800"],
    ["a high surrogate at the very end", "abc\uD83D"],
    ["a C0 control (SOH)", "a\u0001b"],
    ["ESC", "a\u001Bb"],
    ["vertical tab inside the text", "a\u000Bb"],
    ["DEL", "a\u007Fb"],
    ["a C1 control (NEL)", "a\u0085b"],
    ["the last C1 control", "a\u009Fb"],
  ])("refuses %s as invalidCharacters", (_name, value) => {
    expect(checkTranslationText(value)).toEqual({ ok: false, code: "invalidCharacters" });
  });

  it.each([
    ["tab", "a\tb"],
    ["newline", "a\nb"],
    ["a surrogate pair (emoji)", "Astana 😀"],
    ["a zero-width joiner sequence", "👩‍💻"],
    ["no-break space inside", "35\u00A0%"],
    ["the first character after C1 controls", "\u00A0a"],
    ["Chinese", "中欧班列"],
    ["Kazakh", "Қазақстан"],
  ])("accepts %s", (_name, value) => {
    const checked = checkTranslationText(value);
    expect(checked.ok).toBe(true);
  });

  it("accepts exactly 5,000 UTF-16 code units and refuses 5,001", () => {
    expect(maxTranslationLength).toBe(5_000);
    expect(checkTranslationText("a".repeat(5_000))).toEqual({ ok: true, text: "a".repeat(5_000) });
    expect(checkTranslationText("a".repeat(5_001))).toEqual({ ok: false, code: "tooLong" });
  });

  it("counts UTF-16 code units, as the quality checks and a textarea's maxlength do", () => {
    expect(checkTranslationText("😀".repeat(2_500)).ok).toBe(true);
    expect(checkTranslationText("😀".repeat(2_501))).toEqual({ ok: false, code: "tooLong" });
  });

  it("measures after trimming", () => {
    expect(checkTranslationText(`  ${"a".repeat(5_000)}\n`)).toEqual({ ok: true, text: "a".repeat(5_000) });
  });

  it("reports a forbidden character before the length", () => {
    expect(checkTranslationText(`\u0000${"a".repeat(6_000)}`)).toEqual({ ok: false, code: "invalidCharacters" });
  });

  it("trims and folds CRLF and lone CR into newlines (browsers send a textarea's breaks as CRLF)", () => {
    expect(checkTranslationText("  Line one\r\nLine two\rLine three \n")).toEqual({
      ok: true,
      text: "Line one\nLine two\nLine three",
    });
  });
});

describe("normalizeText", () => {
  it("keeps inner white space as typed", () => {
    expect(normalizeText("\r\n a  b\t c \r\n")).toBe("a  b\t c");
  });
});

describe("checkText", () => {
  it("applies the given limit", () => {
    expect(checkText("abc", 3)).toEqual({ ok: true, text: "abc" });
    expect(checkText("abcd", 3)).toEqual({ ok: false, code: "tooLong" });
  });
});

describe("translationTextSchema", () => {
  it("parses to the normalized text", () => {
    expect(translationTextSchema.parse("  Le corridor médian\r\n")).toBe("Le corridor médian");
  });

  it.each([
    ["", "required"],
    ["a".repeat(5_001), "tooLong"],
    ["a\uD800", "invalidCharacters"],
  ])("refuses %j with the code as its message, which fieldErrorsOf passes on", (value, code) => {
    const parsed = translationTextSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error && fieldErrorsOf(parsed.error)).toEqual([{ path: "", code }]);
  });

  it("refuses a value that is not a string", () => {
    expect(translationTextSchema.safeParse(42).success).toBe(false);
  });

  it("reports the field's path inside an object schema", () => {
    const parsed = z.object({ comment: checkedTextSchema(10) }).safeParse({ comment: "abcdefghijk" });
    expect(parsed.error && fieldErrorsOf(parsed.error)).toEqual([{ path: "comment", code: "tooLong" }]);
  });
});
