// Proposes terms from the articles: recurring capitalized names, recurring phrases without function words at their
// edges, recurring Chinese word sequences; text already marked by a glossary term is left out.
import { segmenterFor } from "../text/intl-segmenters";
import { type TermIndex, matchTerms } from "./match-terms";
import { isConjunction, isGeneralWord } from "./general-words";
import { foldTerm } from "./normalize";
import { isStopWord } from "./stop-words";
import { termhood } from "./termhood";
import { isElidingWord, primaryLanguage } from "./term-variants";

/** `document` groups texts (the sentences of one article) for the `documents` count; without it each text is one. */
export type CandidateText = { text: string; language: string; document?: string };

export type TermCandidate = {
  /** The spelling met most often. */
  text: string;
  language: string;
  /** The folded words, what tells candidates apart (and what a dismissal names): "asie centrale", "丝绸之路". */
  key: string;
  count: number;
  /** In how many of the texts it occurs. */
  documents: number;
  kind: "name" | "phrase";
  words: number;
};

export type CandidateOptions = {
  minCount?: number;
  maxWords?: number;
  limit?: number;
  /** Candidates editors dismissed, as candidateId(language, key): left out before nesting is counted. */
  dismissed?: ReadonlySet<string>;
};

/**
 * The identity of a candidate across runs: its language and folded words.
 * @example candidateId("fr", "asie centrale") // "fr\u0000asie centrale"
 */
export const candidateId = (language: string, key: string): string => `${language}\u0000${key}`;

type Token = { start: number; end: number; key: string; capitalized: boolean; sentenceStart: boolean };
type Tally = {
  language: string;
  count: number;
  documents: Set<number | string>;
  forms: Map<string, number>;
  isName: boolean;
  /** Occurrences first found as a name (capitalized words, not only a sentence's first). */
  nameCount: number;
  keys: string[];
};

const unspaced = new Set(["zh", "ja"]);
// The function words found inside names; conjunctions are not among them, since "China and Kazakhstan" joins two names.
const nameJoiners = new Set([
  "of",
  "the",
  "for",
  "on",
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "l",
  "d",
  "pour",
  "sur",
  "по",
  "для",
]);

// Runs of words a phrase may not cross: sentence and clause punctuation, brackets, quotes, and glossary terms.
function spans(text: string, language: string, blocked: (start: number, end: number) => boolean): Token[][] {
  const runs: Token[][] = [[]];
  let sentenceStart = true;
  for (const { segment, index, isWordLike } of segmenterFor(language, "word").segment(text)) {
    const end = index + segment.length;
    if (!isWordLike) {
      if (/[.!?;:,()[\]{}"“”«»。！？；：，、（）《》「」]/u.test(segment)) runs.push([]);
      if (/[.!?。！？]/u.test(segment)) sentenceStart = true;
      continue;
    }
    if (blocked(index, end)) {
      runs.push([]);
      sentenceStart = false;
      continue;
    }
    // "l’Initiative" is one word to the segmenter and two to us: the elided article, then the word.
    const elided = /^(\p{L}{1,6})['’ʼ](?=\p{L})/u.exec(segment);
    const split = elided && isElidingWord(elided[1]) ? elided[0].length : 0;
    if (split)
      runs
        .at(-1)!
        .push({ start: index, end: index + split, key: foldTerm(elided![1]), capitalized: false, sentenceStart });
    const word = segment.slice(split);
    const capitalized = word[0] !== word[0].toLowerCase() && word[0] === word[0].toUpperCase();
    runs
      .at(-1)!
      .push({ start: index + split, end, key: foldTerm(word), capitalized, sentenceStart: sentenceStart && !split });
    sentenceStart = false;
  }
  return runs.filter((run) => run.length > 0);
}

// Counts one occurrence; the same stretch of text found again (as a name and as a phrase) counts once.
function tally(
  tallies: Map<string, Tally>,
  seen: Set<string>,
  language: string,
  run: Token[],
  text: string,
  document: number | string,
  isName: boolean,
): void {
  const keys = run.map((token) => token.key);
  const key = candidateId(language, keys.join(unspaced.has(language) ? "" : " "));
  const form = text.slice(run[0].start, run.at(-1)!.end);
  const known = tallies.get(key) ?? {
    language,
    count: 0,
    documents: new Set(),
    forms: new Map(),
    isName: false,
    nameCount: 0,
    keys,
  };
  known.isName ||= isName;
  tallies.set(key, known);
  if (seen.has(`${key}@${run[0].start}`)) return;
  seen.add(`${key}@${run[0].start}`);
  known.count++;
  if (isName) known.nameCount++;
  known.documents.add(document);
  known.forms.set(form, (known.forms.get(form) ?? 0) + 1);
}

function collect(
  tallies: Map<string, Tally>,
  item: CandidateText,
  document: number | string,
  known: TermIndex | null,
  maxWords: number,
): void {
  const language = primaryLanguage(item.language);
  const hits = known ? matchTerms(known, item.text, language) : [];
  const blocked = (start: number, end: number) => hits.some((hit) => hit.start < end && start < hit.end);
  const stop = (token: Token) => isStopWord(token.key, language) || /^\p{N}+$/u.test(token.key);
  const seen = new Set<string>();
  for (const run of spans(item.text, language, blocked)) {
    // Names: capitalized words, joined by at most two lowercase function words ("Academy of Social Sciences",
    // "Route de la Soie").
    if (!unspaced.has(language)) {
      const joins = (k: number) => !run[k].capitalized && nameJoiners.has(run[k].key);
      for (let i = 0; i < run.length; i++) {
        if (!run[i].capitalized || stop(run[i])) continue;
        // A sentence's first word is capitalized anyway: it starts a name only when the next word is capitalized too.
        if (run[i].sentenceStart && !run[i + 1]?.capitalized) continue;
        let j = i;
        for (;;) {
          if (j + 1 < run.length && run[j + 1].capitalized && !stop(run[j + 1])) j++;
          else if (j + 2 < run.length && joins(j + 1) && run[j + 2].capitalized) j += 2;
          else if (j + 3 < run.length && joins(j + 1) && joins(j + 2) && run[j + 3].capitalized) j += 3;
          else break;
        }
        if (j > i && j - i < maxWords) tally(tallies, seen, language, run.slice(i, j + 1), item.text, document, true);
        i = j;
      }
    }
    // Phrases: every n-gram of 2 to maxWords words with content words at both edges.
    for (let i = 0; i < run.length; i++) {
      if (stop(run[i])) continue;
      for (let n = 2; n <= maxWords && i + n <= run.length; n++) {
        const gram = run.slice(i, i + n);
        if (stop(gram[n - 1])) continue;
        if (unspaced.has(language) && gram.reduce((sum, token) => sum + token.key.length, 0) < 3) continue;
        tally(tallies, seen, language, gram, item.text, document, false);
      }
    }
  }
}

/**
 * Ranked candidate terms that occur at least `minCount` times (2) and are not inside a known term. A phrase that
 * occurs only as part of a longer candidate ("Cooperation Organisation" in "Shanghai Cooperation Organisation") is dropped.
 * @example findTermCandidates([{ text: "The Shanghai Cooperation Organisation met. The Shanghai Cooperation Organisation agreed.", language: "en" }], null)
 * // [{ text: "Shanghai Cooperation Organisation", language: "en", count: 2, documents: 1, kind: "name", words: 3 }]
 */
export function findTermCandidates(
  texts: readonly CandidateText[],
  knownTerms: TermIndex | null,
  options: CandidateOptions = {},
): TermCandidate[] {
  const { minCount = 2, maxWords = 6, limit = 100, dismissed } = options;
  const tallies = new Map<string, Tally>();
  texts.forEach((item, index) => collect(tallies, item, item.document ?? index, knownTerms, maxWords));
  // A dismissed phrase is no term, and no longer hides the shorter phrases it holds.
  const frequent = [...tallies.entries()].filter(([key, entry]) => entry.count >= minCount && !dismissed?.has(key));
  // The counts of the longer candidates holding each sub-phrase (C-value's nested set; the largest accounts for most).
  const nestedIn = new Map<string, number[]>();
  for (const [, entry] of frequent) {
    const joiner = unspaced.has(entry.language) ? "" : " ";
    for (let i = 0; i < entry.keys.length; i++) {
      for (let j = i + 1; j <= entry.keys.length; j++) {
        if (j - i === entry.keys.length) continue;
        const key = candidateId(entry.language, entry.keys.slice(i, j).join(joiner));
        nestedIn.set(key, [...(nestedIn.get(key) ?? []), entry.count]);
      }
    }
  }
  const candidates = frequent
    .filter(([key, entry]) => Math.max(0, ...(nestedIn.get(key) ?? [])) < entry.count)
    .map(([key, entry]): TermCandidate & { score: number } => {
      const text = [...entry.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
      const words = entry.keys.length;
      return {
        text,
        language: entry.language,
        key: key.slice(entry.language.length + 1),
        count: entry.count,
        documents: entry.documents.size,
        kind: entry.isName ? "name" : "phrase",
        words,
        score: termhood({
          count: entry.count,
          documents: entry.documents.size,
          words,
          nameCount: entry.nameCount,
          nestedIn: nestedIn.get(key) ?? [],
          generalEdges: [entry.keys[0], entry.keys.at(-1)!].filter((word) => isGeneralWord(word, entry.language))
            .length,
          innerConjunctions: entry.keys.slice(1, -1).filter(isConjunction).length,
        }),
      };
    });
  candidates.sort((a, b) => b.score - a.score || b.count - a.count || a.text.localeCompare(b.text));
  return candidates.slice(0, limit).map(({ score: _score, ...candidate }) => candidate);
}
