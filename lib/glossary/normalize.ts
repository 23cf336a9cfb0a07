// The one normalization the term index and the text scan share, with a map from every normalized code
// unit back to the original text, so that a match on the folded form is reported at its original offsets.

/** A folded text: `starts[i]`/`ends[i]` are the original UTF-16 range that folded unit `i` came from. */
export type FoldedText = { text: string; units: Uint16Array; starts: Int32Array; ends: Int32Array };

// Typographic variants of the apostrophe, all read as "'" (l’Initiative = l'Initiative = lʼInitiative).
const apostrophes = new Set(["'", "\u2019", "\u2018", "\u02BC", "\u2032", "\uFF07", "\u00B4", "`"]);
// Hyphen and en dash variants read as "-" (China–Central Asia = China-Central Asia); the em dash stays punctuation.
const hyphens = new Set(["\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\uFE63", "\uFF0D"]);
// Invisible characters that a copy from the web leaves inside words: soft hyphen, zero-width space and joiners, BOM.
const ignorables = new Set(["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]);
// Letters whose usual spelling without the ligature is what readers type.
const ligatures: Record<string, string> = { ß: "ss", œ: "oe", æ: "ae" };

const markPattern = /\p{M}/u;
const latinOrGreek = /[\p{Script=Latin}\p{Script=Greek}]/u;
const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3006\u30FC]/u;
const wordPattern = /[\p{L}\p{N}\p{M}]/u;

// Per-code-point classifications cached for the Basic Multilingual Plane: 0 unknown, 1 no, 2 yes.
const markCache = new Uint8Array(0x10000);
const wordCache = new Uint8Array(0x10000);

function cached(cache: Uint8Array, code: number, test: (char: string) => boolean): boolean {
  if (code > 0xffff) return test(String.fromCodePoint(code));
  if (cache[code] === 0) cache[code] = test(String.fromCharCode(code)) ? 2 : 1;
  return cache[code] === 2;
}

const isMarkChar = (char: string) => markPattern.test(char);
const isMark = (code: number) => code >= 0x300 && cached(markCache, code, isMarkChar);

// Letters, digits and marks of spaced scripts: two of them side by side are inside one word.
// The modifier letter apostrophe ʼ is a letter to Unicode but an apostrophe to writers (lʼInitiative).
const isSpacedWordChar = (char: string) => wordPattern.test(char) && !cjkPattern.test(char) && !apostrophes.has(char);

/**
 * Whether a code point continues a word of a spaced script (letters, numbers, marks; not Han or kana).
 * @example isWordChar("é".codePointAt(0)!) // true; isWordChar("中".codePointAt(0)!) // false
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return cached(wordCache, code, isSpacedWordChar);
}

/**
 * Whether a character is one of the apostrophes folded to "'".
 * @example isApostrophe("’") // true; isApostrophe("-") // false
 */
export const isApostrophe = (char: string): boolean => apostrophes.has(char);

// Folded clusters. Nothing invalidates them (folding is a fixed function); emptied at 50,000 entries so that odd
// input cannot grow it without bound, a cheaper bound than an LRU on this hot path.
const foldCache = new Map<string, string>();

// One base character with its combining marks, folded: compatibility forms (full width, ligatures),
// accents on Latin and Greek letters, case. Cyrillic keeps its marks (й is not и) except the diaeresis of ё.
function foldCluster(cluster: string): string {
  let folded = foldCache.get(cluster);
  if (folded !== undefined) return folded;
  if (apostrophes.has(cluster)) folded = "'";
  else if (hyphens.has(cluster)) folded = "-";
  else if (ignorables.has(cluster)) folded = "";
  else {
    const decomposed = cluster.normalize("NFKD");
    const stripped = latinOrGreek.test(decomposed)
      ? decomposed.replace(/\p{M}/gu, "")
      : decomposed.replace(/(е)\u0308/giu, "$1");
    folded = stripped.normalize("NFC").toLowerCase();
    folded = folded.replace(/[ßœæ]/gu, (char) => ligatures[char]);
    if (/^\s+$/u.test(folded)) folded = " ";
  }
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(cluster, folded);
  return folded;
}

// The folded form of the base character at `i` (with its combining marks) and where that character ends.
function foldAt(original: string, i: number): [string, number] {
  const code = original.charCodeAt(i);
  let end = i + 1;
  if (code < 0x80 && !(end < original.length && isMark(original.charCodeAt(end)))) {
    if (code >= 0x41 && code <= 0x5a) return [String.fromCharCode(code + 32), end];
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return [" ", end];
    return [code === 0x60 ? "'" : original[i], end];
  }
  if (code >= 0xd800 && code <= 0xdbff && end < original.length) end++;
  while (end < original.length && isMark(original.charCodeAt(end))) end++;
  return [foldCluster(original.slice(i, end)), end];
}

// Scratch buffers reused by every call: a glossary build folds a hundred thousand short terms.
let units = new Uint16Array(1024);
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);

function grow<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (size: number) => T)(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

// Folds `original` into the scratch buffers and returns the folded length.
function foldIntoScratch(original: string): number {
  const length = original.length;
  let size = 0;
  let i = 0;
  while (i < length) {
    if (size + 8 > units.length)
      [units, starts, ends] = [grow(units, size + 8), grow(starts, size + 8), grow(ends, size + 8)];
    const code = original.charCodeAt(i);
    // Fast path, most of any text: lowercase ASCII letters, digits and punctuation, and the common Han block.
    if (
      (code < 0x80 && code !== 0x60 && !(code >= 0x41 && code <= 0x5a) && code > 0x20) ||
      (code >= 0x4e00 && code <= 0x9fff)
    ) {
      const next = i + 1 < length ? original.charCodeAt(i + 1) : 0;
      if (next < 0x300 || !isMark(next)) {
        units[size] = code;
        starts[size] = i;
        ends[size++] = ++i;
        continue;
      }
    }
    const [folded, end] = foldAt(original, i);
    if (size + folded.length + 8 > units.length) {
      [units, starts, ends] = [
        grow(units, size + folded.length + 8),
        grow(starts, size + folded.length + 8),
        grow(ends, size + folded.length + 8),
      ];
    }
    if (folded === " " && size > 0 && units[size - 1] === 0x20) {
      // A run of spaces, tabs and line breaks is one space, mapped to the whole run.
      ends[size - 1] = end;
    } else {
      for (let k = 0; k < folded.length; k++) {
        units[size] = folded.charCodeAt(k);
        starts[size] = i;
        ends[size++] = end;
      }
    }
    i = end;
  }
  return size;
}

function scratchString(from: number, to: number): string {
  let text = "";
  // apply takes the typed array as it is; spreading it would go through the iterator, code unit by code unit.
  for (let at = from; at < to; at += 8192)
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(to, at + 8192)) as unknown as number[]);
  return text;
}

/**
 * The case- and accent-insensitive form of a text, whitespace runs collapsed to one space, with the offset map.
 * @example foldText("L’Asie  Centrale").text // "l'asie centrale"
 */
export function foldText(original: string): FoldedText {
  const size = foldIntoScratch(original);
  return {
    text: scratchString(0, size),
    units: units.slice(0, size),
    starts: starts.slice(0, size),
    ends: ends.slice(0, size),
  };
}

/**
 * The folded form of a term: what the index stores and the scan compares against.
 * @example foldTerm("  Asie centrale ") // "asie centrale"; foldTerm("ＢＲＩ") // "bri"
 */
export function foldTerm(text: string): string {
  let end = foldIntoScratch(text);
  let start = 0;
  while (start < end && units[start] === 0x20) start++;
  while (end > start && units[end - 1] === 0x20) end--;
  return scratchString(start, end);
}

/**
 * The form a case-sensitive term must have: compatibility forms, apostrophes, dashes and spaces unified, case and
 * accents kept.
 * @example exactForm("ＢＲＩ") // "BRI"; exactForm("l’Union") // "l'Union"
 */
export function exactForm(text: string): string {
  let result = "";
  for (const char of text.normalize("NFKC")) {
    if (apostrophes.has(char)) result += "'";
    else if (hyphens.has(char)) result += "-";
    else if (!ignorables.has(char)) result += char;
  }
  return result.replace(/\s+/gu, " ").trim();
}
