import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findUnstorableText, isStorableText, storableString, UNSTORABLE_TEXT_CODE } from "./storable-text";

describe("isStorableText", () => {
  it.each([
    ["plain text", "Astana", true],
    ["Cyrillic and CJK", "Астана 一带一路", true],
    ["a surrogate pair (emoji)", "🇰🇿 😀", true],
    ["other control characters", "a\u0001\t\n\u007f", true],
    ["NUL", "a\u0000b", false],
    ["a lone high surrogate", "a\ud800", false],
    ["a lone low surrogate", "\udc00b", false],
    ["two surrogates in the wrong order", "\ude00\ud83d", false],
  ])("%s", (_name, value, expected) => expect(isStorableText(value)).toBe(expected));

  it("agrees with a UTF-8 round trip for any string without NUL", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const roundTrips = new TextDecoder().decode(new TextEncoder().encode(value)) === value;
        expect(isStorableText(value)).toBe(roundTrips && !value.includes("\u0000"));
      }),
    );
  });
});

describe("storableString", () => {
  it("refuses unstorable text with its field code and keeps the chained rules", () => {
    const schema = storableString().trim().min(1, "required");
    expect(schema.parse("  Astana ")).toBe("Astana");
    expect(schema.safeParse("a\u0000").error?.issues.map((issue) => issue.message)).toEqual([UNSTORABLE_TEXT_CODE]);
    expect(schema.safeParse("  ").error?.issues.map((issue) => issue.message)).toEqual(["required"]);
  });
});

describe("findUnstorableText", () => {
  it("finds the first unstorable string or key, with its path", () => {
    expect(findUnstorableText({ a: ["ok", { b: "x\u0000" }] })).toEqual(["a", 1, "b"]);
    expect(findUnstorableText({ "k\ud800": 1 })).toEqual(["k\ud800"]);
    expect(findUnstorableText({ a: ["ok", 1, null, true] })).toBeUndefined();
  });

  it("walks a value nested 100,000 levels deep without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toHaveLength(100_000);
  });
});
