// How long a translation usually is against its source, per ordered language pair: learned from approved
// translations once a pair has enough of them, a prior from typical character counts before that.
import { type QualityIssue, type QualityText, baseLanguage } from "./types";

/** Mean and standard deviation of ln(target characters / source characters) over `count` approved pairs. */
type LengthRatioStats = { mean: number; deviation: number; count: number };

/** Keyed "fr>en": the ordered pair of base languages. Plain data, so the server can send it to the browser. */
export type LengthRatioModel = { pairs: Record<string, LengthRatioStats> };

export type ApprovedPair = { source: QualityText; target: QualityText };

/** Below this many approved pairs a learned ratio is noise; the prior is used instead. */
export const minPairsForLengthRatio = 30;

// Characters a sentence takes, relative to English, in news text: Chinese packs a word into one or two
// characters; French runs longer than English; Russian and Kazakh about as long as French.
const relativeLengths: Record<string, number> = { en: 1, fr: 1.15, ru: 1.1, kk: 1.1, zh: 0.3 };
const priorDeviation = 0.25;
// A learned deviation is never trusted below this: a few near-identical pairs would make every length suspect.
const minDeviation = 0.12;
// Shorter sentences, in English-equivalent characters, vary too much for a ratio to mean anything.
const minLength = 40;

const pairKey = (source: string, target: string) => `${baseLanguage(source)}>${baseLanguage(target)}`;

// Characters a reader sees: code points that are not spaces.
function visibleLength(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count++;
  return count;
}

/**
 * The model of usual length ratios from approved pairs; pairs with fewer than 30 examples are left out (the prior
 * covers them).
 * @example buildLengthRatioModel(approved).pairs["fr>zh"] // { mean: -1.35, deviation: 0.21, count: 112 }
 */
export function buildLengthRatioModel(pairs: readonly ApprovedPair[]): LengthRatioModel {
  const sums = new Map<string, { count: number; sum: number; squares: number }>();
  for (const { source, target } of pairs) {
    const [from, to] = [visibleLength(source.text), visibleLength(target.text)];
    if (from === 0 || to === 0) continue;
    const key = pairKey(source.language, target.language);
    const ratio = Math.log(to / from);
    const sum = sums.get(key) ?? { count: 0, sum: 0, squares: 0 };
    sum.count++;
    sum.sum += ratio;
    sum.squares += ratio * ratio;
    sums.set(key, sum);
  }
  const model: LengthRatioModel = { pairs: {} };
  for (const [key, { count, sum, squares }] of sums) {
    if (count < minPairsForLengthRatio) continue;
    const mean = sum / count;
    const variance = Math.max(0, (squares - count * mean * mean) / (count - 1));
    model.pairs[key] = { mean, deviation: Math.sqrt(variance), count };
  }
  return model;
}

/**
 * The usual log ratio for a pair: learned, or learned the other way round (negated), or the prior; null for a
 * language the prior does not know.
 * @example expectedLengthRatio("en", "zh") // { mean: ln(0.3), deviation: 0.25 }
 */
export function expectedLengthRatio(
  source: string,
  target: string,
  model?: LengthRatioModel,
): { mean: number; deviation: number } | null {
  const learned = model?.pairs[pairKey(source, target)];
  if (learned) return { mean: learned.mean, deviation: Math.max(learned.deviation, minDeviation) };
  const reverse = model?.pairs[pairKey(target, source)];
  if (reverse) return { mean: -reverse.mean, deviation: Math.max(reverse.deviation, minDeviation) };
  const [from, to] = [relativeLengths[baseLanguage(source)], relativeLengths[baseLanguage(target)]];
  return from && to ? { mean: Math.log(to / from), deviation: priorDeviation } : null;
}

/**
 * `length.ratio` when the target is more than three deviations longer or shorter than the pair's usual ratio, for
 * sources of 40 English-equivalent characters or more. Params: the ratio found and the usual one, two decimals.
 * @example checkLengthRatio({ text: longFrench, language: "fr" }, { text: "Oui.", language: "en" })
 */
export function checkLengthRatio(source: QualityText, target: QualityText, model?: LengthRatioModel): QualityIssue[] {
  const expected = expectedLengthRatio(source.language, target.language, model);
  const [from, to] = [visibleLength(source.text), visibleLength(target.text)];
  const sourceWeight = relativeLengths[baseLanguage(source.language)] ?? 1;
  if (!expected || to === 0 || from / sourceWeight < minLength) return [];
  const ratio = Math.log(to / from);
  if (Math.abs(ratio - expected.mean) <= 3 * expected.deviation) return [];
  const round = (value: number) => Math.round(value * 100) / 100;
  return [
    {
      code: "length.ratio",
      severity: "warning",
      spans: [{ side: "target", start: 0, end: target.text.length }],
      params: { ratio: round(to / from), expected: round(Math.exp(expected.mean)) },
    },
  ];
}
