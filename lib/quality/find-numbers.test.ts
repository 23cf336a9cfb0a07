import { describe, expect, it } from "vitest";
import { findNumbers } from "./find-numbers";

// [case, text, language, expected [kind, keys joined by |, text as written] in text order]
const cases: [string, string, string, [string, string, string][]][] = [
  ["French decimal comma and scale", "1,5 milliard", "fr", [["value", "n:1500000000", "1,5 milliard"]]],
  ["English decimal point and scale", "1.5 billion", "en", [["value", "n:1500000000", "1.5 billion"]]],
  ["Chinese 亿", "15亿", "zh", [["value", "n:1500000000", "15亿"]]],
  ["Chinese 万亿", "1.5万亿", "zh", [["value", "n:1500000000000", "1.5万亿"]]],
  ["Chinese 万", "3万人", "zh", [["value", "n:30000", "3万"]]],
  [
    "千米 is a unit, not thousands",
    "5千米",
    "zh",
    [
      ["value", "n:5", "5"],
      ["spelled", "n:1000", "千"],
    ],
  ],
  ["Russian млрд", "1,5 млрд", "ru", [["value", "n:1500000000", "1,5 млрд"]]],
  ["Russian тыс. with its period", "3 тыс. человек", "ru", [["value", "n:3000", "3 тыс."]]],
  ["Russian declined миллионов", "5 миллионов", "ru", [["value", "n:5000000", "5 миллионов"]]],
  ["Kazakh мың", "5 мың адам", "kk", [["value", "n:5000", "5 мың"]]],
  ["Kazakh млрд", "1,5 млрд теңге", "kk", [["value", "n:1500000000", "1,5 млрд"]]],
  ["French millions", "3 millions", "fr", [["value", "n:3000000", "3 millions"]]],
  ["French billion is 10¹²", "2 billions", "fr", [["value", "n:2000000000000", "2 billions"]]],
  ["English thousand", "4 thousand", "en", [["value", "n:4000", "4 thousand"]]],
  ["French space grouping", "1 000 000", "fr", [["value", "n:1000000", "1 000 000"]]],
  ["no-break space grouping", "1\u00A0000", "fr", [["value", "n:1000", "1\u00A0000"]]],
  ["narrow no-break space grouping", "12\u202F500,5", "fr", [["value", "n:12500.5", "12\u202F500,5"]]],
  ["English comma grouping", "1,000,000", "en", [["value", "n:1000000", "1,000,000"]]],
  ["dot grouping", "1.000.000", "fr", [["value", "n:1000000", "1.000.000"]]],
  ["both marks, English", "1,234.5", "en", [["value", "n:1234.5", "1,234.5"]]],
  ["both marks, French", "1.234,5", "fr", [["value", "n:1234.5", "1.234,5"]]],
  ["ambiguous comma in English reads grouping first", "1,500", "en", [["value", "n:1500|n:1.5", "1,500"]]],
  ["ambiguous comma in French reads decimal first", "1,500", "fr", [["value", "n:1.5|n:1500", "1,500"]]],
  [
    "a space does not join unrelated numbers",
    "2024 2 pays",
    "fr",
    [
      ["year", "n:2024", "2024"],
      ["value", "n:2", "2"],
    ],
  ],
  ["percent with a space", "35 %", "fr", [["percent", "p:35", "35 %"]]],
  ["percent with a no-break space", "35\u202F%", "fr", [["percent", "p:35", "35\u202F%"]]],
  ["full-width percent and digits", "３５％", "zh", [["percent", "p:35", "３５％"]]],
  ["百分之 with a Chinese numeral", "百分之三十五", "zh", [["percent", "p:35", "百分之三十五"]]],
  ["percent in words", "35 pour cent", "fr", [["percent", "p:35", "35 pour cent"]]],
  ["Russian процента", "4,5 процента", "ru", [["percent", "p:4.5", "4,5 процента"]]],
  ["Kazakh пайыз", "35 пайызға", "kk", [["percent", "p:35", "35 пайызға"]]],
  ["French date", "le 30 août 2024", "fr", [["date", "d:2024-08-30", "30 août 2024"]]],
  ["French 1er", "le 1er août", "fr", [["date", "d:--08-01", "1er août"]]],
  ["English month first", "on August 30, 2024", "en", [["date", "d:2024-08-30", "August 30, 2024"]]],
  ["English day first", "30 August 2024", "en", [["date", "d:2024-08-30", "30 August 2024"]]],
  ["English abbreviated month", "Sept. 3", "en", [["date", "d:--09-03", "Sept. 3"]]],
  ["a month before a large number", "in August 30,000 people", "en", [["value", "n:30000|n:30", "30,000"]]],
  ["a month before a percentage", "in May 30% of them", "en", [["percent", "p:30", "30%"]]],
  ["English month and year", "in August 2024", "en", [["date", "d:2024-08", "August 2024"]]],
  ["ISO date", "2024-08-30", "en", [["date", "d:2024-08-30", "2024-08-30"]]],
  ["Chinese date", "2024年8月30日", "zh", [["date", "d:2024-08-30", "2024年8月30日"]]],
  ["Chinese month and day", "8月30日", "zh", [["date", "d:--08-30", "8月30日"]]],
  ["Chinese year and month", "2024年8月", "zh", [["date", "d:2024-08", "2024年8月"]]],
  ["Chinese year", "2024年", "zh", [["year", "n:2024", "2024年"]]],
  ["Russian date", "30 августа 2024 года", "ru", [["date", "d:2024-08-30", "30 августа 2024"]]],
  ["Russian May", "9 мая", "ru", [["date", "d:--05-09", "9 мая"]]],
  ["Kazakh date, year first", "2024 жылғы 30 тамызда", "kk", [["date", "d:2024-08-30", "2024 жылғы 30 тамызда"]]],
  ["dotted date", "30.08.2024", "ru", [["date", "d:2024-08-30", "30.08.2024"]]],
  ["slashed date, French reading first", "03/08/2024", "fr", [["date", "d:2024-08-03|d:2024-03-08", "03/08/2024"]]],
  ["slashed date, English reading first", "03/08/2024", "en", [["date", "d:2024-03-08|d:2024-08-03", "03/08/2024"]]],
  ["French ordinal", "le 11e sommet", "fr", [["ordinal", "n:11", "11e"]]],
  ["English ordinal", "the 11th summit", "en", [["ordinal", "n:11", "11th"]]],
  ["Russian ordinal", "11-й саммит", "ru", [["ordinal", "n:11", "11-й"]]],
  ["Kazakh ordinal", "11-ші саммит", "kk", [["ordinal", "n:11", "11-ші"]]],
  ["Chinese ordinal in digits", "第11届", "zh", [["ordinal", "n:11", "第11"]]],
  ["Chinese ordinal in numerals", "第十一届", "zh", [["ordinal", "n:11", "第十一"]]],
  [
    "Chinese numerals",
    "两国 三亿五千万",
    "zh",
    [
      ["spelled", "n:2", "两"],
      ["spelled", "n:350000000", "三亿五千万"],
    ],
  ],
  ["Chinese numeral year", "二〇二四", "zh", [["spelled", "n:2024", "二〇二四"]]],
  ["French words", "deux pays", "fr", [["spelled", "n:2", "deux"]]],
  ["English words with a scale", "two million", "en", [["spelled", "n:2000000", "two million"]]],
  ["Russian declined word", "двух стран", "ru", [["spelled", "n:2", "двух"]]],
  ["Kazakh word", "екі ел", "kk", [["spelled", "n:2", "екі"]]],
  ["time of day", "à 14h30", "fr", [["spelled", "t:14:30", "14h30"]]],
  ["time with a colon", "at 2:30 pm", "en", [["spelled", "t:2:30", "2:30"]]],
  ["names with digits are skipped", "G20, COVID-19, Су-35", "ru", []],
  ["list markers are skipped", "1. Premier\n2) second\n3、要点", "fr", []],
  ["a number at the end of a sentence keeps its period", "Il y en a 12.", "fr", [["value", "n:12", "12"]]],
  [
    "a range gives two years",
    "2024-2025",
    "fr",
    [
      ["year", "n:2024", "2024"],
      ["year", "n:2025", "2025"],
    ],
  ],
  ["a year outside the news range is a value", "1500 tonnes", "fr", [["value", "n:1500", "1500"]]],
];

describe("findNumbers", () => {
  it.each(cases)("%s", (_case, text, language, expected) => {
    const found = findNumbers(text, language).map((mention) => [
      mention.kind,
      mention.keys.join("|"),
      text.slice(mention.start, mention.end),
    ]);
    expect(found).toEqual(expected);
  });

  it("reads a 5,000-character text of numbers in one pass", () => {
    const text = "1 000,5 % ".repeat(500);
    const started = performance.now();
    expect(findNumbers(text, "fr")).toHaveLength(500);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
