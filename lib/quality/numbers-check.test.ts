import { describe, expect, it } from "vitest";
import { checkNumbers } from "./numbers-check";

type Case = [string, string, string, string, string];

// [case, source, source language, target, target language]: the same numbers, differently written.
const equal: Case[] = [
  ["billions fr → en", "1,5 milliard d'euros", "fr", "1.5 billion euros", "en"],
  ["billions fr → zh", "1,5 milliard d'euros", "fr", "15亿欧元", "zh"],
  ["billions en → ru", "1.5 billion", "en", "1,5 млрд", "ru"],
  ["billions ru → kk", "1,5 млрд рублей", "ru", "1,5 млрд рубль", "kk"],
  ["percent spacing", "35 % des votes", "fr", "35% of votes", "en"],
  ["full-width percent", "35%", "en", "35％", "zh"],
  ["百分之", "35 процентов", "ru", "百分之三十五", "zh"],
  ["date fr → iso", "le 30 août 2024", "fr", "2024-08-30", "en"],
  ["date fr → zh", "le 30 août 2024", "fr", "2024年8月30日", "zh"],
  ["date fr → ru", "le 30 août 2024", "fr", "30 августа 2024 года", "ru"],
  ["date fr → en", "le 30 août 2024", "fr", "on August 30, 2024", "en"],
  ["date ru → kk", "30 августа 2024 года", "ru", "2024 жылғы 30 тамызда", "kk"],
  ["dotted date ru → en", "30.08.2024", "ru", "30 August 2024", "en"],
  ["slashed dates read either way", "03/08/2024", "fr", "August 3, 2024", "en"],
  ["a date whose year the translator left out", "le 30 août 2024", "fr", "August 30", "en"],
  ["a date in Chinese numerals", "le 30 août", "fr", "八月三十日", "zh"],
  ["thousands fr → en", "1 000 habitants", "fr", "1,000 people", "en"],
  ["narrow no-break space", "12\u202F500 tonnes", "fr", "12,500 tonnes", "en"],
  ["dot grouping", "1.000 personnes", "fr", "1,000 people", "en"],
  ["ambiguous 1,500 in English", "1,500 people", "en", "1 500 personnes", "fr"],
  ["万", "30 000 visiteurs", "fr", "3万名游客", "zh"],
  ["Russian тыс.", "3 тыс. человек", "ru", "3,000 people", "en"],
  ["Kazakh мың", "3 мың адам", "kk", "3 000 personnes", "fr"],
  ["two written out in English", "2 pays", "fr", "two countries", "en"],
  ["two written out in French", "two countries", "en", "deux pays", "fr"],
  ["two in Chinese", "2 pays", "fr", "两国", "zh"],
  ["two in Russian", "2 страны", "ru", "двух стран", "ru"],
  ["two in Kazakh", "two countries", "en", "екі ел", "kk"],
  ["three in Chinese", "3 accords", "fr", "三项协议", "zh"],
  ["two million in words", "2 millions", "fr", "two million", "en"],
  ["ordinals fr → en", "le 11e sommet", "fr", "the 11th summit", "en"],
  ["ordinals fr → zh", "le 11e sommet", "fr", "第十一届峰会", "zh"],
  ["ordinals ru → kk", "11-й саммит", "ru", "11-ші саммит", "kk"],
  ["an ordinal for a plain number", "11-й саммит", "ru", "summit 11", "en"],
  ["an ordinal written out", "le 11e sommet", "fr", "the eleventh summit", "en"],
  ["a year with 年", "en 2024", "fr", "2024年", "zh"],
  ["a year with году", "en 2024", "fr", "в 2024 году", "ru"],
  ["a year the translator wrote as 'this year'", "en 2024, 35 %", "fr", "this year, 35%", "en"],
  ["a year inside a date", "2024 : le 30 août 2024", "fr", "On August 30, 2024", "en"],
  ["names with digits", "le G20 et la COVID-19", "fr", "G20 and COVID-19", "en"],
  ["list markers", "1. Les pays", "fr", "The countries", "en"],
  ["times of day", "à 14h30", "fr", "at 2:30 pm", "en"],
  ["the same numbers in another order", "3 et 5", "fr", "5 and 3", "en"],
];

// [case, source, source language, target, target language, missing as written, extra as written]
const different: [...Case, string[], string[]][] = [
  ["a changed amount", "1,5 milliard", "fr", "1.6 billion", "en", ["1,5 milliard"], ["1.6 billion"]],
  ["a lost scale", "1,5 milliard", "fr", "1.5 million", "en", ["1,5 milliard"], ["1.5 million"]],
  ["a wrong Chinese unit", "1.5 billion", "en", "15万", "zh", ["1.5 billion"], ["15万"]],
  ["a changed percentage", "35 %", "fr", "36%", "en", ["35 %"], ["36%"]],
  ["a percent sign dropped", "35 %", "fr", "35", "en", ["35 %"], ["35"]],
  ["a changed day", "30 августа 2024", "ru", "31 August 2024", "en", ["30 августа 2024"], ["31 August 2024"]],
  ["a changed month", "2024年8月30日", "zh", "30 septembre 2024", "fr", ["2024年8月30日"], ["30 septembre 2024"]],
  ["a changed year", "en 2024", "fr", "in 2023", "en", ["2024"], ["2023"]],
  ["a number dropped", "3 accords et 5 projets", "fr", "3 agreements and projects", "en", ["5"], []],
  ["a number added", "des accords", "fr", "12 agreements", "en", [], ["12"]],
  ["a Kazakh amount changed", "5 мың адам", "kk", "6 000 personnes", "fr", ["5 мың"], ["6 000"]],
  ["a duplicate lost", "5 et 5", "fr", "5 and", "en", ["5"], []],
  [
    "written-out numbers pair with each other before excusing digits",
    "deux pays ont signé 3 accords",
    "fr",
    "2 agreements were signed by the two countries",
    "en",
    ["3"],
    ["2"],
  ],
  ["a spelled two is not five", "deux pays", "fr", "5 countries", "en", [], ["5"]],
  ["decimals written the other way", "1,5 %", "fr", "15%", "en", ["1,5 %"], ["15%"]],
];

describe("checkNumbers", () => {
  it.each(equal)("no issue: %s", (_case, source, sourceLanguage, target, targetLanguage) => {
    expect(
      checkNumbers({ text: source, language: sourceLanguage }, { text: target, language: targetLanguage }),
    ).toEqual([]);
  });

  it.each(different)("%s", (_case, source, sourceLanguage, target, targetLanguage, missing, extra) => {
    const issues = checkNumbers({ text: source, language: sourceLanguage }, { text: target, language: targetLanguage });
    const written = (code: string) =>
      issues
        .filter((issue) => issue.code === code)
        .map((issue) => {
          const span = issue.spans[0];
          const text = span.side === "source" ? source : target;
          expect(issue.params?.value).toBe(text.slice(span.start, span.end));
          return issue.params?.value;
        });
    expect(written("numbers.missing")).toEqual(missing);
    expect(written("numbers.extra")).toEqual(extra);
    expect(issues.every((issue) => issue.severity === "warning")).toBe(true);
  });

  it("marks missing numbers in the source and extra ones in the target", () => {
    const [missing, extra] = checkNumbers(
      { text: "Il y a 35 pays", language: "fr" },
      { text: "There are 36", language: "en" },
    );
    expect(missing.spans).toEqual([{ side: "source", start: 7, end: 9 }]);
    expect(extra.spans).toEqual([{ side: "target", start: 10, end: 12 }]);
  });
});
