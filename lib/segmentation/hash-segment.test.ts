import { describe, expect, it } from "vitest";
import { hashSegment, normalizeSegmentText } from "./hash-segment";

describe("normalizeSegmentText", () => {
  it.each([
    ["  Le\u00a0Kazakhstan\n attache ", "Le Kazakhstan attache"],
    ["e\u0301te\u0301", "été"],
    ["a\t\tb", "a b"],
    ["中文。", "中文。"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeSegmentText(input)).toBe(expected);
  });
});

describe("hashSegment", () => {
  it("is the lowercase hex sha256 of the normalized text", () => {
    expect(hashSegment("Hello World.")).toBe("f4bb1975bf1f81f76ce824f7536c1e101a8060a632a52289d530a6f600d52c92");
  });

  it.each([
    ["été", "e\u0301te\u0301"],
    ["a b", " a \u00a0 b\n"],
  ])("is the same for %j and %j", (a, b) => {
    expect(hashSegment(a)).toBe(hashSegment(b));
  });

  it("differs when the text differs", () => {
    expect(hashSegment("M. Ding")).not.toBe(hashSegment("M. Ding."));
  });
});
