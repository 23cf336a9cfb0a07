import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DiffPart, MAX_DIFF_EDITS, MAX_DIFF_TEXT_LENGTH, diffTranslations, diffUnitFor } from "./translation-diff";

function oldSide(parts: DiffPart[]): string {
  return parts
    .filter((part) => part.kind !== "added")
    .map((part) => part.text)
    .join("");
}

function newSide(parts: DiffPart[]): string {
  return parts
    .filter((part) => part.kind !== "removed")
    .map((part) => part.text)
    .join("");
}

/** A text of `length` copies of 猫 where every `step`-th one, `count` times, became 狗: exactly 2 × count edits. */
function withSubstitutions(length: number, count: number, step: number): string {
  const characters = Array.from({ length }, () => "猫");
  for (let k = 0; k < count; k++) characters[k * step] = "狗";
  return characters.join("");
}

describe("diffUnitFor", () => {
  it.each([
    ["zh", "character"],
    ["zh-Hans", "character"],
    ["zh-TW", "character"],
    ["ZH-hant", "character"],
    ["cmn", "character"],
    ["ja", "character"],
    ["ja-JP", "character"],
    ["yue", "character"],
    ["fr", "word"],
    ["en-GB", "word"],
    ["ru", "word"],
    ["kk", "word"],
    ["ko", "word"],
    ["", "word"],
    ["not a tag!", "word"],
  ])("%s compares by %s", (language, unit) => {
    expect(diffUnitFor(language)).toBe(unit);
  });
});

describe("diffTranslations", () => {
  it.each<[string, string, string, DiffPart[]]>([
    [
      "Le chat dort.",
      "Le chien dort.",
      "fr",
      [
        { kind: "same", text: "Le " },
        { kind: "removed", text: "chat" },
        { kind: "added", text: "chien" },
        { kind: "same", text: " dort." },
      ],
    ],
    [
      "Кошка сидит на ковре.",
      "Кошка лежит на ковре.",
      "ru",
      [
        { kind: "same", text: "Кошка " },
        { kind: "removed", text: "сидит" },
        { kind: "added", text: "лежит" },
        { kind: "same", text: " на ковре." },
      ],
    ],
    [
      "Қазақстан — үлкен ел.",
      "Қазақстан — өте үлкен ел.",
      "kk",
      [
        { kind: "same", text: "Қазақстан — " },
        { kind: "added", text: "өте " },
        { kind: "same", text: "үлкен ел." },
      ],
    ],
    [
      "Bonjour, le monde.",
      "Bonjour le monde !",
      "fr",
      [
        { kind: "same", text: "Bonjour" },
        { kind: "removed", text: "," },
        { kind: "same", text: " le monde" },
        { kind: "removed", text: "." },
        { kind: "added", text: " !" },
      ],
    ],
    [
      "我喜欢猫。",
      "我很喜欢狗。",
      "zh-Hans",
      [
        { kind: "same", text: "我" },
        { kind: "added", text: "很" },
        { kind: "same", text: "喜欢" },
        { kind: "removed", text: "猫" },
        { kind: "added", text: "狗" },
        { kind: "same", text: "。" },
      ],
    ],
    [
      "今日は雨です。",
      "今日は晴れです。",
      "ja",
      [
        { kind: "same", text: "今日は" },
        { kind: "removed", text: "雨" },
        { kind: "added", text: "晴れ" },
        { kind: "same", text: "です。" },
      ],
    ],
  ])("%s → %s (%s)", (oldText, newText, language, parts) => {
    expect(diffTranslations(oldText, newText, language)).toEqual({
      parts,
      unit: diffUnitFor(language),
      fallback: null,
    });
  });

  it("compares whole words, not their letters, in spaced languages", () => {
    const { parts } = diffTranslations("The cat sleeps.", "The car sleeps.", "en");
    expect(parts).toContainEqual({ kind: "removed", text: "cat" });
    expect(parts).toContainEqual({ kind: "added", text: "car" });
  });

  it("joins a kept space between two changes into one rewrite instead of word confetti", () => {
    expect(diffTranslations("the cat sat", "a dog ran", "en").parts).toEqual([
      { kind: "removed", text: "the cat sat" },
      { kind: "added", text: "a dog ran" },
    ]);
  });

  it("keeps a space that only borders a change as kept text", () => {
    expect(diffTranslations("Il pleut.", "Il neige.", "fr").parts[0]).toEqual({ kind: "same", text: "Il " });
  });

  it("shows a change of spacing alone", () => {
    expect(diffTranslations("a  b", "a b", "en").parts).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "  " },
      { kind: "added", text: " " },
      { kind: "same", text: "b" },
    ]);
  });

  it("never cuts a character from its accent or an emoji sequence in a character diff", () => {
    expect(diffTranslations("e\u0301", "e", "zh").parts).toEqual([
      { kind: "removed", text: "e\u0301" },
      { kind: "added", text: "e" },
    ]);
    const family = "👨‍👩‍👧";
    expect(diffTranslations(`${family}好`, "👨好", "zh").parts).toEqual([
      { kind: "removed", text: family },
      { kind: "added", text: "👨" },
      { kind: "same", text: "好" },
    ]);
  });

  it("handles empty and identical texts", () => {
    expect(diffTranslations("", "", "fr").parts).toEqual([]);
    expect(diffTranslations("", "Bonjour.", "fr").parts).toEqual([{ kind: "added", text: "Bonjour." }]);
    expect(diffTranslations("Bonjour.", "", "fr").parts).toEqual([{ kind: "removed", text: "Bonjour." }]);
    expect(diffTranslations("Bonjour.", "Bonjour.", "fr").parts).toEqual([{ kind: "same", text: "Bonjour." }]);
  });

  it("compares texts of exactly the maximum length", () => {
    const oldText = "猫".repeat(MAX_DIFF_TEXT_LENGTH);
    const newText = `${"猫".repeat(MAX_DIFF_TEXT_LENGTH - 1)}狗`;
    const diff = diffTranslations(oldText, newText, "zh");
    expect(diff.fallback).toBeNull();
    expect(diff.parts).toEqual([
      { kind: "same", text: "猫".repeat(MAX_DIFF_TEXT_LENGTH - 1) },
      { kind: "removed", text: "猫" },
      { kind: "added", text: "狗" },
    ]);
  });

  it("shows a longer text as a whole replacement without comparing it", () => {
    const oldText = "a".repeat(MAX_DIFF_TEXT_LENGTH + 1);
    expect(diffTranslations(oldText, "b", "en")).toEqual({
      parts: [
        { kind: "removed", text: oldText },
        { kind: "added", text: "b" },
      ],
      unit: "word",
      fallback: "tooLong",
    });
    expect(diffTranslations("b", oldText, "en").fallback).toBe("tooLong");
  });

  it("still reports an unchanged long text as unchanged", () => {
    const text = "a".repeat(MAX_DIFF_TEXT_LENGTH + 1);
    expect(diffTranslations(text, text, "en")).toEqual({
      parts: [{ kind: "same", text }],
      unit: "word",
      fallback: null,
    });
  });

  it("diffs a revision just under the edit limit", () => {
    const count = Math.floor(MAX_DIFF_EDITS / 2) - 10;
    const oldText = "猫".repeat(MAX_DIFF_TEXT_LENGTH);
    const newText = withSubstitutions(MAX_DIFF_TEXT_LENGTH, count, 5);
    const diff = diffTranslations(oldText, newText, "zh");
    expect(diff.fallback).toBeNull();
    expect(diff.parts.filter((part) => part.kind === "added")).toHaveLength(count);
  });

  it("gives up on a revision over the edit limit and shows a whole replacement", () => {
    const oldText = "猫".repeat(MAX_DIFF_TEXT_LENGTH);
    const newText = withSubstitutions(MAX_DIFF_TEXT_LENGTH, Math.floor(MAX_DIFF_EDITS / 2) + 10, 5);
    expect(diffTranslations(oldText, newText, "zh")).toEqual({
      parts: [
        { kind: "removed", text: oldText },
        { kind: "added", text: newText },
      ],
      unit: "character",
      fallback: "tooManyEdits",
    });
  });

  it("gives up on two unrelated texts of maximum length", () => {
    const oldText = "le chat ".repeat(MAX_DIFF_TEXT_LENGTH / 8);
    const newText = "un chien".repeat(MAX_DIFF_TEXT_LENGTH / 8);
    expect(diffTranslations(oldText, newText, "fr").fallback).toBe("tooManyEdits");
  });
});

describe("diffTranslations properties", () => {
  const languages = fc.constantFrom("fr", "en", "ru", "kk", "zh", "zh-Hans", "ja", "", "x-invalid!");
  // Texts drawn from a few shared pieces, so that the two versions have much in common, as real revisions do.
  const piece = fc.constantFrom(
    "le",
    "chat",
    " ",
    "  ",
    "\n",
    ", ",
    ".",
    "Кошка",
    "үлкен",
    "我",
    "喜欢",
    "e\u0301",
    "👨‍👩‍👧",
    "n’est-ce",
  );
  const revisionText = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));
  const anyText = fc.string({ unit: "binary", maxLength: 40 });

  function checkParts(oldText: string, newText: string, parts: DiffPart[]) {
    expect(oldSide(parts)).toBe(oldText);
    expect(newSide(parts)).toBe(newText);
    parts.forEach((part, index) => {
      expect(part.text).not.toBe("");
      const next = parts[index + 1];
      if (!next) return;
      expect(next.kind).not.toBe(part.kind);
      // Within one change, the removed text comes first.
      expect([part.kind, next.kind]).not.toEqual(["added", "removed"]);
    });
  }

  it("rebuilds both texts exactly from related revisions", () => {
    fc.assert(
      fc.property(revisionText, revisionText, languages, (oldText, newText, language) => {
        const diff = diffTranslations(oldText, newText, language);
        expect(diff.fallback).toBeNull();
        checkParts(oldText, newText, diff.parts);
      }),
    );
  });

  it("rebuilds both texts exactly from arbitrary strings, lone surrogates included", () => {
    fc.assert(
      fc.property(anyText, anyText, languages, (oldText, newText, language) => {
        checkParts(oldText, newText, diffTranslations(oldText, newText, language).parts);
      }),
    );
  });

  it("marks nothing as changed between identical texts", () => {
    fc.assert(
      fc.property(revisionText, languages, (text, language) => {
        const { parts } = diffTranslations(text, text, language);
        expect(parts.every((part) => part.kind === "same")).toBe(true);
      }),
    );
  });
});
