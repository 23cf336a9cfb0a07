import { describe, expect, it } from "vitest";
import { conceptSearchText, fieldSeparator, searchQuery } from "./concept-search-text";
import { foldTerm } from "./normalize";

describe("conceptSearchText", () => {
  it("folds definitions and notes, the entry's own and each language's, as terms are folded", () => {
    const text = conceptSearchText({
      definition: "China–Central Asia Coopération",
      note: "L’Initiative",
      perLanguage: { fr: { definition: "Coopération  régionale" }, ru: { note: "Ёлка и йод" } },
    });
    expect(text?.split(fieldSeparator)).toEqual([
      "china-central asia cooperation",
      "l'initiative",
      "cooperation regionale",
      "елка и йод",
    ]);
  });

  it("is empty for an entry with neither definition nor note", () => {
    expect(conceptSearchText({ perLanguage: { fr: {} } })).toBe("");
  });
});

describe("searchQuery", () => {
  it("folds the query as the index is folded, so an accented and a plain query are the same search", () => {
    expect(searchQuery("coopération")).toBe(searchQuery("COOPERATION"));
    expect(searchQuery(" Coopération ")).toBe(foldTerm("cooperation"));
    expect(searchQuery("ＢＲＩ")).toBe("bri");
  });

  it("never contains the field separator, so a match stays inside one field", () => {
    expect(searchQuery(`a${fieldSeparator}b`)).toBe("a b");
  });
});
