// Russian and Kazakh terms under their case endings, which the glossary index (plurals of English and French
// only) does not generate: "Астана" is also "в Астане" (ru) and "Астанада" (kk).
import { foldTerm, isWordChar } from "../glossary/normalize";

export type InflectedTerm = { id: string; text: string };
export type InflectedHit = { termIds: string[]; start: number; end: number };

type Word = { folded: string; start: number; end: number };
export type StemmedTerm = { id: string; stems: string[] };

// Endings a Russian noun or adjective changes in its cases: the stem keeps what is left.
const russianEndings = new Set([..."аеиоуыэюяйь"]);
const kazakhVowels = new Set([..."аеиоуыэюяәіөүұ"]);
// How many letters an inflected word may add to the stem: Russian endings are short, Kazakh suffixes chain.
const extraLetters: Record<string, number> = { ru: 4, kk: 8 };

function stem(word: string, language: string): string {
  let end = word.length;
  if (language === "ru") {
    while (end > word.length - 2 && end > 3 && russianEndings.has(word[end - 1])) end--;
  } else if (end > 3 && kazakhVowels.has(word[end - 1])) end--;
  return word.slice(0, end);
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let at = 0;
  while (at < text.length) {
    if (!isWordChar(text.codePointAt(at)!)) {
      at++;
      continue;
    }
    let end = at;
    while (end < text.length && isWordChar(text.codePointAt(end)!)) end++;
    words.push({ folded: foldTerm(text.slice(at, end)), start: at, end });
    at = end;
  }
  return words;
}

// The index of the text's words by their first letters: a term is tried only where its first stem could start.
const keyOf = (folded: string) => folded.slice(0, 3);

/**
 * Prepares terms of one language (ru or kk) for matchInflected: each word reduced to its stem.
 * @example stemTerms([{ id: "t", text: "Шанхайская организация" }], "ru") // [{ id: "t", stems: ["шанхайск", "организац"] }]
 */
export function stemTerms(terms: readonly InflectedTerm[], language: string): StemmedTerm[] {
  return terms
    .map((term) => ({ id: term.id, stems: wordsOf(term.text).map((word) => stem(word.folded, language)) }))
    .filter((term) => term.stems.length > 0 && term.stems[0].length >= 3);
}

/**
 * Where stemmed terms occur in a text with case endings: consecutive words, each its term word's stem plus a few
 * letters. Punctuation between the words is skipped (инициатива «Пояс и путь»).
 * @example matchInflected(stemTerms([{ id: "t", text: "Астана" }], "kk"), "Астанада", "kk") // [{ termIds: ["t"], start: 0, end: 8 }]
 */
export function matchInflected(terms: readonly StemmedTerm[], text: string, language: string): InflectedHit[] {
  const words = wordsOf(text);
  const byKey = new Map<string, number[]>();
  words.forEach((word, index) => {
    const key = keyOf(word.folded);
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  });
  const extra = extraLetters[language] ?? 0;
  const fits = (word: Word | undefined, wordStem: string) =>
    word !== undefined && word.folded.startsWith(wordStem) && word.folded.length - wordStem.length <= extra;
  const hits = new Map<string, InflectedHit>();
  for (const term of terms) {
    for (const first of byKey.get(keyOf(term.stems[0])) ?? []) {
      if (!term.stems.every((wordStem, k) => fits(words[first + k], wordStem))) continue;
      const [start, end] = [words[first].start, words[first + term.stems.length - 1].end];
      const known = hits.get(`${start}:${end}`);
      if (known) known.termIds.push(term.id);
      else hits.set(`${start}:${end}`, { termIds: [term.id], start, end });
    }
  }
  return [...hits.values()].sort((x, y) => x.start - y.start || y.end - x.end);
}
