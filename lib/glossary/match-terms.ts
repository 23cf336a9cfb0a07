// Marks glossary terms in a text: one automaton over every folded term form, built once per glossary version,
// then one pass over the folded text; hits are reported at UTF-16 offsets of the original text.
import { type Automaton, buildAutomaton, step } from "./aho-corasick";
import { exactForm, foldTerm, foldText, isApostrophe, isWordChar } from "./normalize";
import {
  inflectionVariants,
  isCaseSensitiveByDefault,
  isElidingWord,
  primaryLanguage,
  stripElidedArticle,
} from "./term-variants";

/** `caseSensitive` unset: acronyms in capitals are case-sensitive, everything else is not (see isCaseSensitiveByDefault). */
export type IndexedTerm = { id: string; text: string; language: string; caseSensitive?: boolean };

/** `start`/`end` are UTF-16 offsets into the original text; several ids when terms share a form (synonyms, homographs). */
export type TermHit = { termIds: string[]; start: number; end: number; matched: string };

export type TermIndex = {
  automaton: Automaton;
  termIds: string[];
  /** Primary language subtag per term, as normalizeLanguageTag gives it. */
  termLanguages: string[];
  /** The exact form a case-sensitive term must have in the text; null for the others. */
  exactForms: (string | null)[];
  /** Term index per automaton pattern: a term has one pattern per form (its folded form and its plurals). */
  patternTerms: Int32Array;
  /** Terms with no letters left after normalization, which cannot match anything. */
  skipped: string[];
};

/**
 * Builds the matcher for a set of terms: fold each term (French elided article dropped), add its plurals, index all
 * forms.
 * @example buildTermIndex([{ id: "t1", text: "Asie centrale", language: "fr" }, { id: "t2", text: "一带一路", language: "zh" }])
 */
export function buildTermIndex(terms: readonly IndexedTerm[]): TermIndex {
  const patterns: string[] = [];
  const owners: number[] = [];
  const index: Omit<TermIndex, "automaton" | "patternTerms"> = {
    termIds: [],
    termLanguages: [],
    exactForms: [],
    skipped: [],
  };
  for (const term of terms) {
    const base = stripElidedArticle(term.text, term.language);
    const folded = foldTerm(base);
    if (!/[\p{L}\p{N}]/u.test(folded)) {
      index.skipped.push(term.id);
      continue;
    }
    const sensitive = term.caseSensitive ?? isCaseSensitiveByDefault(base);
    const termIndex = index.termIds.length;
    index.termIds.push(term.id);
    index.termLanguages.push(primaryLanguage(term.language));
    index.exactForms.push(sensitive ? exactForm(base) : null);
    // A case-sensitive term is written one way: it gets no guessed plural.
    for (const form of [folded, ...(sensitive ? [] : inflectionVariants(folded, term.language))]) {
      patterns.push(form);
      owners.push(termIndex);
    }
  }
  return { ...index, automaton: buildAutomaton(patterns), patternTerms: Int32Array.from(owners) };
}

// Where a term may start or end in the original text. In spaced scripts not inside a word ("Chine" is not in
// "Machine"), but after an elided article (l'Initiative) and before an English possessive (China's).
// Han and kana have no word boundaries, so a term may start or end at any of their characters.
function boundaries(text: string) {
  const isWord = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    isWord[i] = isWordChar(code) ? 1 : 0;
    if (code > 0xffff) isWord[++i] = isWord[i - 1];
  }
  const startsWell = (at: number): boolean => {
    if (at === 0 || !isWord[at]) return true;
    if (isWord[at - 1]) return false;
    if (!isApostrophe(text[at - 1])) return true;
    let k = at - 2;
    while (k >= 0 && isWord[k]) k--;
    const before = text.slice(k + 1, at - 1);
    return before === "" || isElidingWord(before);
  };
  const endsWell = (at: number): boolean => {
    if (at === text.length || !isWord[at - 1]) return true;
    if (isWord[at]) return false;
    if (!isApostrophe(text[at])) return true;
    const next = at + 1;
    if (next === text.length || !isWord[next]) return true;
    return (text[next] === "s" || text[next] === "S") && !isWord[next + 1];
  };
  return { startsWell, endsWell };
}

/**
 * The terms of `language` found in `text`, leftmost-longest and non-overlapping: among hits that overlap, the one
 * that starts first wins, and of those starting at the same place the longest; a term nested in a longer hit
 * ("Asie centrale" in "Chine–Asie centrale") is not reported separately. `language` "und" or "" matches every language.
 * @example matchTerms(buildTermIndex([{ id: "t1", text: "Initiative", language: "fr" }]), "l’Initiative", "fr")
 * // [{ termIds: ["t1"], start: 2, end: 12, matched: "Initiative" }]
 */
export function matchTerms(index: TermIndex, text: string, language: string): TermHit[] {
  const wanted = language && language !== "und" ? primaryLanguage(language) : null;
  const folded = foldText(text);
  const { starts, ends } = folded;
  const size = folded.units.length;
  const { startsWell, endsWell } = boundaries(text);
  // Folded units that begin (or end) an original character: "œ" folds to "oe", and no term starts at its "e".
  const canStart = (j: number) => (j === 0 || starts[j] !== starts[j - 1]) && startsWell(starts[j]);
  const canEnd = (j: number) => (j === size || starts[j] !== starts[j - 1]) && endsWell(ends[j - 1]);
  const a = index.automaton;
  const candidates: { start: number; end: number; terms: number[] }[] = [];
  let state = 0;
  for (let j = 0; j < size; j++) {
    state = step(a, state, folded.units[j]);
    let node = a.outHead[state] !== -1 ? state : a.outLink[state];
    if (node === 0 || !canEnd(j + 1)) continue;
    for (; node !== 0; node = a.outLink[node]) {
      const start = j + 1 - a.depth[node];
      if (!canStart(start)) continue;
      const terms: number[] = [];
      for (let entry = a.outHead[node]; entry !== -1; entry = a.entryNext[entry]) {
        const term = index.patternTerms[entry];
        if (wanted && index.termLanguages[term] !== wanted) continue;
        const exact = index.exactForms[term];
        if (exact !== null && exactForm(text.slice(starts[start], ends[j])) !== exact) continue;
        if (!terms.includes(term)) terms.push(term);
      }
      if (terms.length) candidates.push({ start, end: j + 1, terms });
    }
  }
  candidates.sort((x, y) => x.start - y.start || y.end - x.end);
  const hits: TermHit[] = [];
  let taken = 0;
  for (const candidate of candidates) {
    if (candidate.start < taken) continue;
    taken = candidate.end;
    const start = starts[candidate.start];
    const end = ends[candidate.end - 1];
    hits.push({
      termIds: candidate.terms.map((term) => index.termIds[term]),
      start,
      end,
      matched: text.slice(start, end),
    });
  }
  return hits;
}
