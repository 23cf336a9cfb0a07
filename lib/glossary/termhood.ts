// How likely a recurring phrase is a term, from what the corpus says of it: its C-value (frequency, length, and how
// much of it is only ever part of longer candidates), its spread over articles, how often it is written as a name
// (capitalized mid-sentence), whether general-language words sit at its edges, and whether it coordinates two
// things. Pure.

export type TermhoodEvidence = {
  /** Occurrences in the corpus. */
  count: number;
  /** Articles (or texts) it occurs in. */
  documents: number;
  words: number;
  /** Occurrences where every content word was capitalized and the phrase did not merely start a sentence. */
  nameCount: number;
  /** Occurrence counts of the longer candidates that contain it (C-value's T(a)). */
  nestedIn: readonly number[];
  /** How many of its two edge words are general-language words (0, 1 or 2; general-words.ts). */
  generalEdges: number;
  /** Coordinating conjunctions inside it ("Chine et le Kazakhstan" joins two things; a term names one). */
  innerConjunctions: number;
};

/**
 * C-value (Frantzi, Ananiadou & Mima 2000), with log2(words + 1) so that a one-word candidate is not zeroed: a
 * longer phrase weighs more, and occurrences that are only the inside of longer candidates count less.
 * @example cValue(3, 10, [4, 2]) // 2 * (10 - 3) = 14
 */
export function cValue(words: number, count: number, nestedIn: readonly number[]): number {
  const nested = nestedIn.length ? nestedIn.reduce((sum, longer) => sum + longer, 0) / nestedIn.length : 0;
  return Math.log2(words + 1) * Math.max(0, count - nested);
}

/**
 * The ranking score of a candidate: C-value, times the square root of its spread over articles (a headline repeated
 * within one page is weak evidence), doubled when it is always written as a name, divided by four for each general
 * word at an edge ("renforcer les échanges", "deux pays": generic phrases, not terms), halved for each conjunction
 * inside unless it is mostly written as a name ("Belt and Road Initiative").
 * @example termhood({ count: 4, documents: 2, words: 3, nameCount: 4, nestedIn: [], generalEdges: 0, innerConjunctions: 0 }) // 2 * 4 * 1.41 * 2 ≈ 22.6
 */
export function termhood(evidence: TermhoodEvidence): number {
  const nameShare = evidence.count ? evidence.nameCount / evidence.count : 0;
  return (
    cValue(evidence.words, evidence.count, evidence.nestedIn) *
    Math.sqrt(evidence.documents) *
    (1 + nameShare) *
    0.25 ** evidence.generalEdges *
    (nameShare < 0.5 ? 0.5 ** evidence.innerConjunctions : 1)
  );
}
