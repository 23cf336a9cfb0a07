// The repairs applied to Intl.Segmenter's sentence breaks: each rule looks at the text around one
// candidate break and says whether that break is false (an abbreviation, an initial, an ellipsis…).
import type { SegmentationRules } from "./abbreviations";

export type BreakContext = { text: string; rules: SegmentationRules };

// How much text around a break the rules look at. Each rule needs a word or a few marks on either side; reading a
// bounded window, never the whole text before the break, keeps a paragraph of n breaks linear instead of quadratic.
const reach = 256;
const textBefore = (text: string, at: number) => text.slice(Math.max(0, at - reach), at);
const textAfter = (text: string, at: number) => text.slice(at, at + reach);
const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

const openers = /^[([{«“"'‘„‹《〈「『（]+/u;
const initialism = /^(?:\p{L}\.)+\p{L}$/u; // "U.S", "a.m", "Л.Н", "Б.з.б" (word before the last dot)
const upperInitial = /^\p{Lu}$/u; // "E" in "Jonas E. Smith"

/** The word before a final dot: "(Mr." → "Mr", "U.S." → "U.S"; null when the text does not end with a dot. */
function dottedWordBefore(before: string): string | null {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(".")) return null;
  let start = trimmed.length;
  while (start > 0 && !isSpace(trimmed[start - 1])) start--;
  const token = trimmed.slice(start).replace(openers, "");
  return token.slice(0, -1);
}

function firstWordAfter(after: string): string {
  return after.trimStart().replace(openers, "").match(/^\S+/u)?.[0] ?? "";
}

type AbbreviationKind = "title" | "number" | "ender" | null;

function abbreviationKind(word: string, rules: SegmentationRules): AbbreviationKind {
  if (!word || word.endsWith(".")) return null; // "that...." is an ellipsis, not an abbreviation
  // Checked first: a capital alone is an initial even where its lowercase is a listed abbreviation (kk "т").
  if (upperInitial.test(word)) return "title";
  const lower = word.toLowerCase();
  if (rules.enders.includes(lower)) return "ender";
  if (rules.abbreviations.includes(lower)) return "title";
  if (rules.numberAbbreviations.includes(lower)) return "number";
  if (initialism.test(word)) return "title";
  return null;
}

/**
 * A break after an abbreviation or an initial is false unless a new sentence visibly starts.
 * "Mr. Smith", "Jonas E. Smith", "г. Волгоград", "p. 55", "N°. 1026" hold together; in English a
 * sentence starter still breaks ("the U.S. How about you?"), and an ender breaks before a capital.
 * @example isAbbreviationBreak({ text: "Mr. Smith", rules: rulesFor("en") }, 4) // true
 */
export function isAbbreviationBreak({ text, rules }: BreakContext, at: number): boolean {
  const word = dottedWordBefore(textBefore(text, at));
  if (word === null) return false;
  const kind = abbreviationKind(word, rules);
  if (!kind) return false;
  const next = firstWordAfter(textAfter(text, at));
  if (/^\p{N}/u.test(next)) return true;
  if (/^\p{Ll}/u.test(next)) return true;
  if (kind !== "title") return false;
  // A following initial ("J. R. Smith", "А. И. Семенов") always continues the name.
  if (/^\p{Lu}\.$/u.test(next)) return true;
  let end = next.length;
  while (end > 0 && !/[\p{L}'’]/u.test(next[end - 1])) end--;
  const starter = next.slice(0, end);
  return !rules.sentenceStarters?.includes(starter);
}

/**
 * Ellipses that are not sentence ends: an omission mark "[...]", and a spaced ". . ." standing between
 * words ("the thing is . . . I didn’t"). Four spaced dots end a sentence ("a period . . . . Next").
 * @example isEllipsisBreak({ text: "is . . . I did", rules }, 9) // true
 */
export function isEllipsisBreak({ text }: BreakContext, at: number): boolean {
  const before = textBefore(text, at).trimEnd();
  if (/\[(?:\.{3}|…)\][\]"'”’»)]*$/u.test(before)) return true;
  // The run of spaced dots (" . . .") that ends the text, and the character just before it.
  let start = before.length;
  while (start >= 2 && before[start - 1] === "." && isSpace(before[start - 2])) start -= 2;
  const dots = (before.length - start) / 2;
  return dots === 3 && before[start - 1] !== ".";
}

/**
 * "She works at Yahoo! in the accounting department": the "!" is part of a name.
 * @example isExclamationWordBreak({ text: "at Yahoo! in", rules: rulesFor("en") }, 10) // true
 */
export function isExclamationWordBreak({ text, rules }: BreakContext, at: number): boolean {
  const words = rules.exclamationWords;
  if (!words?.length) return false;
  const before = textBefore(text, at).trimEnd();
  return words.some(
    (word) => before.endsWith(`${word}!`) && /(?:^|[\s(«“"])$/u.test(before.slice(0, -word.length - 1)),
  );
}

/**
 * Dialogue: "Бірақ оның енді не керегі бар? — деді." The dash and a lowercase word continue the sentence.
 * @example isDialogueDashBreak({ text: "бар? — деді.", rules }, 5) // true
 */
export function isDialogueDashBreak({ text }: BreakContext, at: number): boolean {
  return /[?!…][»”"')]*\s*$/u.test(textBefore(text, at)) && /^\s*[—–-]\s*\p{Ll}/u.test(textAfter(text, at));
}

/**
 * A period glued to a capital after a word is a lost space, not an abbreviation:
 * "жағдайы.XVIII ғасырдың" breaks, "Л.Н.Толстой", "Jane.Doe@example.com" and "example.50.com" do not.
 * Returns the offsets where a break must be added.
 * @example missingSpaceBreaks({ text: "жағдайы.XVIII ғасыр", rules }) // [8]
 */
export function missingSpaceBreaks({ text, rules }: BreakContext): number[] {
  const breaks: number[] = [];
  // Each dot before a capital, then the lowercase word before it, read backwards: one pass, where a pattern
  // starting at every lowercase letter would rescan long lowercase runs.
  for (const dot of text.matchAll(/\.(?=\p{Lu})/gu)) {
    const word = lowercaseWordBefore(text, dot.index);
    if ([...word].length < 2) continue;
    const at = dot.index + 1;
    const window = text.slice(Math.max(0, at - reach), at + reach);
    const offset = Math.min(at, reach);
    const tokenStart = window.lastIndexOf(" ", offset) + 1;
    const tokenEnd = window.indexOf(" ", offset);
    const token = window.slice(tokenStart, tokenEnd < 0 ? undefined : tokenEnd);
    if (/@|:\/\/|^www\./iu.test(token)) continue;
    if (abbreviationKind(word, rules)) continue;
    breaks.push(at);
  }
  return breaks;
}

// The lowercase letters right before an offset (surrogate pairs included), stopping at the first other character.
function lowercaseWordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0) {
    const pair = start >= 2 && /[\uDC00-\uDFFF]/u.test(text[start - 1]) ? 2 : 1;
    if (!/^\p{Ll}$/u.test(text.slice(start - pair, start))) break;
    start -= pair;
  }
  return text.slice(start, end);
}

/**
 * Chinese and Japanese write no space after 。！？, and UAX #29 counts opening brackets and quotes as "Close"
 * (SB9), so "她说。『再见！』" and "完了。“我们走吧。”" get no break before the opening mark. Adds those breaks.
 * @example cjkOpeningBreaks({ text: "她说。『再见！』", rules }) // [3]
 */
export function cjkOpeningBreaks({ text }: BreakContext): number[] {
  return [...text.matchAll(/[。！？][」』）》〉】”’"]*(?=[「『（《〈【“‘])/gu)].map(
    (match) => match.index + match[0].length,
  );
}

/**
 * French sets the closing guillemet apart: "« n’aura aucun impact. » Puis". UAX #29 allows no space between a
 * full stop and its closing mark, so it breaks before the "»"; the break belongs after it.
 * @example movedPastSpacedClosers({ text: "impact. » Puis", rules }, 8) // 10
 */
export function movedPastSpacedClosers({ text }: BreakContext, at: number): number {
  const closers = textAfter(text, at).match(/^[»›”’)\]」』）》]+\s*/u);
  return closers && isSpace(text[at - 1]) ? at + closers[0].length : at;
}

/**
 * "compounds. . . . The practice": the first dot ends the sentence and the spaced ellipsis opens the next,
 * so Intl.Segmenter's break after the four dots moves back to just after the word's own dot.
 * @example movedEllipsisBreak({ text: "compounds. . . . The", rules }, 17) // 10
 */
export function movedEllipsisBreak({ text }: BreakContext, at: number): number {
  const before = textBefore(text, at);
  const match = before.match(/[^\s.]\.((?:\s\.){3})\s*$/u);
  return match ? at - before.length + match.index! + 2 : at;
}
