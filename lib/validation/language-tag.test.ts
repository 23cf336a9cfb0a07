import { describe, expect, it } from "vitest";
import { z } from "zod";
import { languageKeyedRecord, languageTagSchema } from "./language-tag";

describe("languageTagSchema", () => {
  it("canonicalizes a tag and refuses what is no tag", () => {
    expect(languageTagSchema.parse("ZH-hans")).toBe("zh-Hans");
    expect(languageTagSchema.safeParse("en-12").success).toBe(false);
    expect(languageTagSchema.safeParse('"><script>').success).toBe(false);
  });
});

describe("languageKeyedRecord", () => {
  const details = languageKeyedRecord(z.object({ note: z.string() }), { maxKeys: 3 });

  it("keeps valid keys, canonical", () => {
    expect(details.parse({ fr: { note: "a" }, "ZH-hans": { note: "b" } })).toEqual({
      fr: { note: "a" },
      "zh-Hans": { note: "b" },
    });
  });

  it("refuses a key that is no language tag, naming it in the issue's path", () => {
    const result = details.safeParse({ fr: { note: "a" }, '"><script>alert(1)</script>': { note: "b" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['"><script>alert(1)</script>']]);
  });

  it("refuses two keys for the same language instead of keeping one of them", () => {
    const result = details.safeParse({ "zh-Hans": { note: "a" }, "zh-hans": { note: "b" } });
    expect(result.success).toBe(false);
  });

  it("refuses more keys than allowed, and keys longer than a tag can be", () => {
    const many = Object.fromEntries(["en", "fr", "ru", "kk"].map((tag) => [tag, { note: "x" }]));
    expect(details.safeParse(many).error?.issues[0]?.message).toBe("tooLong");
    expect(details.safeParse({ ["a".repeat(36)]: { note: "x" } }).success).toBe(false);
  });
});
