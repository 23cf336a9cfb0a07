import { describe, expect, it } from "vitest";
import { languageName } from "./language-name";

describe("languageName", () => {
  it.each([
    ["fr", "en", "French"],
    ["zh", "fr", "chinois"],
    ["kk", "ru", "казахский"],
    ["en", "zh", "英语"],
  ])("names %s in %s", (code, ui, expected) => {
    expect(languageName(code, ui)).toBe(expected);
  });

  it("returns the code for something that is not a language tag", () => {
    expect(languageName("not a tag", "en")).toBe("not a tag");
  });
});
