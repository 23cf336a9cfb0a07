import { describe, expect, it } from "vitest";
import { parseLanguageList, parseSubjectFields } from "./glossary-fields";

describe("parseLanguageList", () => {
  it.each([
    ["en, fr, zh, ru", ["en", "fr", "zh", "ru"], []],
    ["EN;fr\nzh_hans  ru-ru", ["en", "fr", "zh-Hans", "ru-RU"], []],
    ["en, en, EN", ["en"], []],
    ["en, ---, fr, 12", ["en", "fr"], ["---", "12"]],
    ["  ", [], []],
  ])("%j → %j, invalid %j", (text, tags, invalid) => {
    expect(parseLanguageList(text)).toEqual({ tags, invalid });
  });
});

describe("parseSubjectFields", () => {
  it("takes one field per line, trimmed, without blanks or repeats", () => {
    expect(parseSubjectFields("Geography\r\n\n  international   relations \ngeography\nEconomy")).toEqual([
      "Geography",
      "international relations",
      "Economy",
    ]);
  });
});
