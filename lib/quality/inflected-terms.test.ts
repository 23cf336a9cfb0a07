import { describe, expect, it } from "vitest";
import { matchInflected, stemTerms } from "./inflected-terms";

const russian = stemTerms(
  [
    { id: "astana", text: "Астана" },
    { id: "sco", text: "Шанхайская организация сотрудничества" },
    { id: "bri", text: "инициатива «Пояс и путь»" },
    { id: "short", text: "ЕС" },
  ],
  "ru",
);
const kazakh = stemTerms(
  [
    { id: "astana", text: "Астана" },
    { id: "bri", text: "«Бір белдеу, бір жол» бастамасы" },
  ],
  "kk",
);

// [case, terms, language, text, expected [matched, term ids]]
const cases: [string, typeof russian, string, string, [string, string[]][]][] = [
  ["Russian nominative", russian, "ru", "Астана", [["Астана", ["astana"]]]],
  ["Russian prepositional", russian, "ru", "в Астане", [["Астане", ["astana"]]]],
  ["Russian instrumental", russian, "ru", "с Астаной", [["Астаной", ["astana"]]]],
  [
    "a declined multi-word term",
    russian,
    "ru",
    "членами Шанхайской организации сотрудничества",
    [["Шанхайской организации сотрудничества", ["sco"]]],
  ],
  ["punctuation inside a term", russian, "ru", "инициативы «Пояс и путь»", [["инициативы «Пояс и путь", ["bri"]]]],
  ["a derived word is not the term", russian, "ru", "Астанинский", []],
  ["terms shorter than three letters are left to the index", russian, "ru", "ЕСА", []],
  ["Kazakh locative", kazakh, "kk", "Астанада", [["Астанада", ["astana"]]]],
  ["Kazakh genitive", kazakh, "kk", "Астананың", [["Астананың", ["astana"]]]],
  [
    "a Kazakh multi-word term with a suffix",
    kazakh,
    "kk",
    "«Бір белдеу, бір жол» бастамасының",
    [["Бір белдеу, бір жол» бастамасының", ["bri"]]],
  ],
];

describe("matchInflected", () => {
  it.each(cases)("%s", (_case, terms, language, text, expected) => {
    const hits = matchInflected(terms, text, language);
    expect(hits.map((hit) => [text.slice(hit.start, hit.end), hit.termIds])).toEqual(expected);
  });
});
