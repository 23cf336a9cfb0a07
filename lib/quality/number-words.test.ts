import { describe, expect, it } from "vitest";
import { hanNumeral, monthNumber, scaleWord, spelledNumber } from "./number-words";

describe("hanNumeral", () => {
  it.each([
    ["三", 3],
    ["两", 2],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["二十三", 23],
    ["一百零五", 105],
    ["三百", 300],
    ["一千二百", 1200],
    ["一万", 10_000],
    ["十五亿", 1_500_000_000],
    ["三亿五千万", 350_000_000],
    ["一万亿", 1e12],
    ["二〇二四", 2024],
  ])("%s = %d", (numeral, value) => {
    expect(hanNumeral(numeral)).toBe(value);
  });
});

describe("monthNumber", () => {
  it.each([
    ["janvier", 1],
    ["Février", 2],
    ["fevrier", 2],
    ["août", 8],
    ["aout", 8],
    ["décembre", 12],
    ["August", 8],
    ["Sept", 9],
    ["oct", 10],
    ["августа", 8],
    ["августе", 8],
    ["мая", 5],
    ["май", 5],
    ["сентября", 9],
    ["тамыз", 8],
    ["тамызда", 8],
    ["желтоқсанда", 12],
    ["қыркүйек", 9],
  ])("%s is month %d", (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each(["marché", "octroi", "мартовский", "маленький", "pays", "summit", "май-ка"])("%s is no month", (word) => {
    expect(monthNumber(word)).toBeUndefined();
  });
});

describe("scaleWord", () => {
  it.each([
    ["thousand", "en", 1e3],
    ["mille", "fr", 1e3],
    ["тыс", "ru", 1e3],
    ["тысячи", "ru", 1e3],
    ["мың", "kk", 1e3],
    ["millions", "fr", 1e6],
    ["млн", "kk", 1e6],
    ["миллиона", "ru", 1e6],
    ["milliard", "fr", 1e9],
    ["billion", "en", 1e9],
    ["billion", "fr", 1e12],
    ["млрд", "ru", 1e9],
    ["trillion", "en", 1e12],
    ["трлн", "kk", 1e12],
  ])("%s (%s) = %d", (word, language, scale) => {
    expect(scaleWord(word, language)).toBe(scale);
  });

  it.each(["pays", "people", "человек", "m"])("%s is no scale", (word) => {
    expect(scaleWord(word, "en")).toBeUndefined();
  });
});

describe("spelledNumber", () => {
  it.each([
    ["two", 2],
    ["deux", 2],
    ["Deux", 2],
    ["две", 2],
    ["трёх", 3],
    ["екі", 2],
    ["үш", 3],
    ["ten", 10],
    ["dix", 10],
    ["десять", 10],
    ["он", 10],
  ])("%s = %d", (word, value) => {
    expect(spelledNumber(word)).toBe(value);
  });

  it.each(["pays", "twofold", "deuxième"])("%s is not a number", (word) => {
    expect(spelledNumber(word)).toBeUndefined();
  });
});
