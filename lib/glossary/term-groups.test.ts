import { describe, expect, it } from "vitest";
import { groupTermsByLanguage } from "./term-groups";

describe("groupTermsByLanguage", () => {
  it("orders groups by the glossary's languages, then the others by tag, keeping term order", () => {
    const terms = [
      { language: "ru", text: "Астана" },
      { language: "en", text: "Astana" },
      { language: "kk", text: "Астана" },
      { language: "en", text: "Nur-Sultan" },
      { language: "zh", text: "阿斯塔纳" },
    ];
    expect(
      groupTermsByLanguage(terms, ["en", "zh"]).map((group) => [group.language, group.terms.map((term) => term.text)]),
    ).toEqual([
      ["en", ["Astana", "Nur-Sultan"]],
      ["zh", ["阿斯塔纳"]],
      ["kk", ["Астана"]],
      ["ru", ["Астана"]],
    ]);
  });

  it("gives nothing for no terms", () => {
    expect(groupTermsByLanguage([], ["en"])).toEqual([]);
  });
});
