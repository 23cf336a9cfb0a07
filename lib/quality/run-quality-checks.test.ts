import { describe, expect, it } from "vitest";
import { runQualityChecks } from "./run-quality-checks";
import { type GlossaryHints, baseLanguage, maxQualityInputLength, qualityCheckCodes } from "./types";

const glossary: GlossaryHints = {
  concepts: [
    {
      id: "cica",
      terms: [
        { text: "CICA", language: "fr", status: "preferred" },
        { text: "CICA", language: "en", status: "preferred" },
        { text: "亚信会议", language: "zh", status: "preferred" },
        { text: "СВМДА", language: "ru", status: "preferred" },
        { text: "АӨСШК", language: "kk", status: "preferred" },
      ],
    },
    {
      id: "astana",
      terms: [
        { text: "Astana", language: "fr", status: "preferred" },
        { text: "Astana", language: "en", status: "preferred" },
        { text: "Nur-Sultan", language: "en", status: "superseded" },
        { text: "阿斯塔纳", language: "zh", status: "preferred" },
        { text: "Астана", language: "ru", status: "preferred" },
        { text: "Астана", language: "kk", status: "preferred" },
      ],
    },
  ],
};

// The same news sentence in the five languages, as a careful translator writes it.
const sentences: Record<string, string> = {
  fr: "Le 30 août 2024, les deux pays du CICA réunis à Astana ont signé 12 accords d’une valeur de 1,5 milliard de dollars, soit 35\u202F% de plus qu’en 2023.",
  en: "On August 30, 2024, the two CICA countries meeting in Astana signed 12 agreements worth $1.5 billion, 35% more than in 2023.",
  zh: "2024年8月30日，在阿斯塔纳举行会谈的两个亚信会议国家签署了12项协议，价值15亿美元，比2023年增加35％。",
  ru: "30 августа 2024 года две страны СВМДА, собравшиеся в Астане, подписали 12 соглашений на сумму 1,5 млрд долларов, что на 35 % больше, чем в 2023 году.",
  kk: "2024 жылғы 30 тамызда Астанада бас қосқан АӨСШК-ның екі елі құны 1,5 млрд доллар болатын 12 келісімге қол қойды, бұл 2023 жылмен салыстырғанда 35 % көп.",
};
const languages = Object.keys(sentences);
const pairs = languages.flatMap((source) =>
  languages.filter((target) => target !== source).map((target) => [source, target]),
);

describe("runQualityChecks", () => {
  it.each(pairs)("finds nothing wrong in a good %s → %s translation", (source, target) => {
    expect(
      runQualityChecks({
        source: { text: sentences[source], language: source },
        target: { text: sentences[target], language: target },
        glossary,
      }),
    ).toEqual([]);
  });

  it("reports every kind of slip, each with its code", () => {
    const issues = runQualityChecks({
      source: { text: sentences.fr, language: "fr" },
      target: {
        text: " On August 30, 2024, the two  countries meeting in Nur-Sultan signed 13 agreements (worth $1.5 billion, 35% more than in 2023",
        language: "en",
      },
      glossary,
    });
    expect(issues.map((issue) => [issue.code, issue.params?.value ?? issue.params?.term ?? ""])).toEqual([
      ["glossary.flaggedTerm", "Nur-Sultan"],
      ["glossary.missingTerm", "CICA"],
      ["numbers.missing", "12"],
      ["numbers.extra", "13"],
      ["punctuation.end", ""],
      ["brackets.unbalanced", ""],
      ["spaces.leading", ""],
      ["spaces.double", ""],
    ]);
  });

  it("reports a copied source and a far-off length", () => {
    const copied = runQualityChecks({
      source: { text: sentences.ru, language: "ru" },
      target: { text: sentences.ru, language: "kk" },
    });
    expect(copied.map((issue) => issue.code)).toContain("untranslated");
    const cut = runQualityChecks({
      source: { text: sentences.en, language: "en" },
      target: { text: "Le 30 août 2024, 12 accords, 1,5 milliard, 35\u202F%, 2023, deux.", language: "fr" },
    });
    expect(cut.map((issue) => issue.code)).toEqual(["length.ratio"]);
  });

  it("says nothing about an empty target", () => {
    expect(
      runQualityChecks({ source: { text: sentences.fr, language: "fr" }, target: { text: "", language: "en" } }),
    ).toEqual([]);
  });

  it("checks a text only up to the input limit", () => {
    const padding = "a".repeat(maxQualityInputLength);
    const issues = runQualityChecks({
      source: { text: `${padding} 35`, language: "en" },
      target: { text: `${padding} 36`, language: "fr" },
    });
    expect(issues.some((issue) => issue.code.startsWith("numbers."))).toBe(false);
  });

  it("stays fast on the longest texts", () => {
    const text = sentences.fr.repeat(Math.floor(maxQualityInputLength / sentences.fr.length));
    const started = performance.now();
    runQualityChecks({
      source: { text, language: "fr" },
      target: { text: sentences.en.repeat(30), language: "en" },
      glossary,
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("qualityCheckCodes", () => {
  it("lists each code once", () => {
    expect(new Set(qualityCheckCodes).size).toBe(qualityCheckCodes.length);
  });
});

describe("baseLanguage", () => {
  it.each([
    ["fr-CA", "fr"],
    ["zh-Hant", "zh"],
    ["zh-TW", "zh"],
    ["kaz", "kk"],
    ["EN", "en"],
  ])("%s → %s", (tag, base) => {
    expect(baseLanguage(tag)).toBe(base);
  });
});
