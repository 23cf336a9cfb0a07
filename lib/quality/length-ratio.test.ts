import { describe, expect, it } from "vitest";
import {
  type ApprovedPair,
  buildLengthRatioModel,
  checkLengthRatio,
  expectedLengthRatio,
  minPairsForLengthRatio,
} from "./length-ratio";

const french =
  "Le sommet de la Conférence pour l’interaction et les mesures de confiance en Asie s’est ouvert à Astana.";
const english =
  "The summit of the Conference on Interaction and Confidence-Building Measures in Asia opened in Astana.";
const chinese = "亚洲相互协作与信任措施会议峰会在阿斯塔纳开幕。";
const russian = "В Астане открылся саммит Совещания по взаимодействию и мерам доверия в Азии.";
const kazakh = "Астанада Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің саммиті ашылды.";

const pairs = (count: number, source: string, target: string, sourceLanguage = "fr", targetLanguage = "en") =>
  Array.from({ length: count }, (_, index): ApprovedPair => ({
    source: { text: source + " x".repeat(index % 3), language: sourceLanguage },
    target: { text: target + " y".repeat(index % 4), language: targetLanguage },
  }));

describe("buildLengthRatioModel", () => {
  it("learns the mean and deviation of the log ratio per ordered pair", () => {
    const model = buildLengthRatioModel(pairs(40, "a".repeat(100), "b".repeat(50)));
    const stats = model.pairs["fr>en"];
    expect(stats.count).toBe(40);
    expect(stats.mean).toBeGreaterThan(Math.log(0.48));
    expect(stats.mean).toBeLessThan(Math.log(0.56));
    expect(stats.deviation).toBeGreaterThan(0);
    expect(stats.deviation).toBeLessThan(0.05);
  });

  it("leaves out pairs with fewer than the minimum of examples", () => {
    const model = buildLengthRatioModel(pairs(minPairsForLengthRatio - 1, french, english));
    expect(model.pairs).toEqual({});
    expect(Object.keys(buildLengthRatioModel(pairs(minPairsForLengthRatio, french, english)).pairs)).toEqual(["fr>en"]);
  });

  it("keys by base language and skips empty texts", () => {
    const model = buildLengthRatioModel([
      ...pairs(30, french, chinese, "fr-CA", "zh-Hans"),
      { source: { text: "", language: "fr" }, target: { text: "x", language: "zh" } },
    ]);
    expect(model.pairs["fr>zh"].count).toBe(30);
  });
});

describe("expectedLengthRatio", () => {
  it.each([
    ["en", "zh", 0.3],
    ["zh", "en", 1 / 0.3],
    ["en", "fr", 1.15],
    ["ru", "kk", 1],
  ])("has a prior for %s → %s", (source, target, ratio) => {
    expect(Math.exp(expectedLengthRatio(source, target)!.mean)).toBeCloseTo(ratio, 5);
  });

  it("prefers the learned pair, then the learned reverse pair, and floors the deviation", () => {
    const model = { pairs: { "fr>en": { mean: -0.5, deviation: 0.01, count: 50 } } };
    expect(expectedLengthRatio("fr", "en", model)).toEqual({ mean: -0.5, deviation: 0.12 });
    expect(expectedLengthRatio("en", "fr", model)).toEqual({ mean: 0.5, deviation: 0.12 });
  });

  it("has no opinion on a language it does not know", () => {
    expect(expectedLengthRatio("fr", "de")).toBeNull();
  });
});

// [case, source, source language, target, target language, reported]
const cases: [string, string, string, string, string, boolean][] = [
  ["French → English of usual length", french, "fr", english, "en", false],
  ["French → Chinese, much shorter as usual", french, "fr", chinese, "zh", false],
  ["Chinese → Russian, much longer as usual", chinese, "zh", russian, "ru", false],
  ["Russian → Kazakh", russian, "ru", kazakh, "kk", false],
  ["English → French cut to a fragment", english, "en", "Le sommet s’est ouvert.", "fr", true],
  ["French → Chinese as long as the French", french, "fr", chinese.repeat(4), "zh", true],
  ["Kazakh → English padded", kazakh, "kk", `${english} ${english} ${english}`, "en", true],
  ["a short source is not judged", "Oui.", "fr", "Yes, indeed, that is absolutely right.", "en", false],
  ["a short Chinese source is not judged", "是的。", "zh", "Oui, absolument, c’est tout à fait exact.", "fr", false],
  ["an empty target is not judged", french, "fr", "", "en", false],
];

describe("checkLengthRatio", () => {
  it.each(cases)("%s", (_case, source, sourceLanguage, target, targetLanguage, reported) => {
    const issues = checkLengthRatio(
      { text: source, language: sourceLanguage },
      { text: target, language: targetLanguage },
    );
    expect(issues.map((issue) => issue.code)).toEqual(reported ? ["length.ratio"] : []);
    if (reported) expect(issues[0]).toMatchObject({ severity: "warning", spans: [{ side: "target", start: 0 }] });
  });

  it("uses the learned model over the prior", () => {
    // Translators of this corpus write English twice as long as the French.
    const model = buildLengthRatioModel(pairs(40, french, `${english} ${english}`));
    const source = { text: french, language: "fr" };
    expect(checkLengthRatio(source, { text: english, language: "en" }, model)).toHaveLength(1);
    expect(checkLengthRatio(source, { text: `${english} ${english}`, language: "en" }, model)).toEqual([]);
  });

  // Usual ratio 1 with a deviation of 0.2: three deviations reach e^±0.6, from 0.55 to 1.82 times the source.
  it.each([
    [100, false],
    [170, false],
    [200, true],
    [60, false],
    [50, true],
  ])("with three deviations of 0.2, a target of %d characters for 100 is reported: %s", (length, reported) => {
    const model = { pairs: { "fr>en": { mean: 0, deviation: 0.2, count: 40 } } };
    const issues = checkLengthRatio(
      { text: "a".repeat(100), language: "fr" },
      { text: "b".repeat(length), language: "en" },
      model,
    );
    expect(issues.length === 1).toBe(reported);
  });

  it("gives the ratio found and the usual one", () => {
    const [issue] = checkLengthRatio({ text: english, language: "en" }, { text: "Le sommet.", language: "fr" });
    expect(issue.params).toEqual({ ratio: 0.1, expected: 1.15 });
  });
});
