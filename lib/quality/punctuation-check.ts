// End punctuation compared across scripts (。 is ., ？ is ?), and the space French puts before ; : ! ?.
import { type QualityIssue, type QualityText, baseLanguage } from "./types";

type EndMark = "period" | "question" | "exclamation" | "ellipsis" | "colon" | "semicolon" | "none";

const endMarks = new Map<string, EndMark>([
  [".", "period"],
  ["。", "period"],
  ["．", "period"],
  ["?", "question"],
  ["？", "question"],
  ["!", "exclamation"],
  ["！", "exclamation"],
  ["…", "ellipsis"],
  [":", "colon"],
  ["：", "colon"],
  [";", "semicolon"],
  ["；", "semicolon"],
]);
// What closes a sentence after its mark: quotes, brackets and spaces are looked through.
const closers = new Set([..."\"'»”’)]」』》）〉", " ", "\u00A0", "\u202F", "\t", "\n", "\u3000"]);
// The form each mark takes in Chinese text; other scripts use the ASCII forms.
const chineseForms: Partial<Record<EndMark, string>> = {
  period: "。",
  question: "？",
  exclamation: "！",
  colon: "：",
  semicolon: "；",
};
const asciiForms: Partial<Record<EndMark, string>> = {
  period: ".",
  question: "?",
  exclamation: "!",
  colon: ":",
  semicolon: ";",
};

type End = { mark: EndMark; start: number; end: number };

function endOf(text: string): End {
  let end = text.length;
  while (end > 0 && closers.has(text[end - 1])) end--;
  if (end === 0) return { mark: "none", start: 0, end: 0 };
  // Three periods are an ellipsis, whatever the script.
  if (text.endsWith("...", end) || text.endsWith("。。。", end)) return { mark: "ellipsis", start: end - 3, end };
  const mark = endMarks.get(text[end - 1]);
  return mark ? { mark, start: end - 1, end } : { mark: "none", start: end, end };
}

/**
 * `punctuation.end` when the target ends with another mark than the source (a period for a question mark, none
 * for one), or with the right mark in the other script's form (a "." closing Chinese, a "。" closing French).
 * @example checkEndPunctuation({ text: "Он приехал?", language: "ru" }, { text: "他来了。", language: "zh" })
 * // [{ code: "punctuation.end", params: { expected: "？", found: "。" }, … }]
 */
export function checkEndPunctuation(source: QualityText, target: QualityText): QualityIssue[] {
  if (!source.text.trim() || !target.text.trim()) return [];
  const [sourceEnd, targetEnd] = [endOf(source.text), endOf(target.text)];
  const forms = baseLanguage(target.language) === "zh" ? chineseForms : asciiForms;
  const expected = sourceEnd.mark === "ellipsis" ? "…" : (forms[sourceEnd.mark] ?? "");
  const found = target.text.slice(targetEnd.start, targetEnd.end);
  const sameMark = sourceEnd.mark === targetEnd.mark;
  // The ellipsis has one form in every script; the others must take the target script's form.
  if (sameMark && (sourceEnd.mark === "none" || sourceEnd.mark === "ellipsis" || found === expected)) return [];
  return [
    {
      code: "punctuation.end",
      severity: "warning",
      spans: [
        { side: "source", start: sourceEnd.start, end: sourceEnd.end },
        { side: "target", start: targetEnd.start, end: targetEnd.end },
      ],
      params: { expected, found },
    },
  ];
}

const frenchHighMarks = new Set([";", ":", "!", "?"]);
const nonBreakingSpaces = new Set(["\u00A0", "\u202F"]);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * `punctuation.frenchSpacing` for each ; : ! ? of a French target that has no space before it, or an ordinary
 * space that may break the line (French wants a no-break or narrow no-break space). A mark inside a token
 * (14:30, https://, ?id=3) or after another mark (?!) is not prose and is left alone.
 * @example checkFrenchSpacing({ text: "Pourquoi ?", language: "fr" }) // [{ code: "punctuation.frenchSpacing", params: { found: "space" }, … }]
 */
export function checkFrenchSpacing(target: QualityText): QualityIssue[] {
  if (baseLanguage(target.language) !== "fr") return [];
  const { text } = target;
  const issues: QualityIssue[] = [];
  for (let at = 1; at < text.length; at++) {
    if (!frenchHighMarks.has(text[at])) continue;
    const [before, after] = [text[at - 1], text[at + 1]];
    if (nonBreakingSpaces.has(before) || frenchHighMarks.has(before) || before === "\n") continue;
    if (isWordChar(after) || after === "/" || (text[at] === ":" && /\d/u.test(before))) continue;
    const isOrdinarySpace = before === " " || before === "\t";
    issues.push({
      code: "punctuation.frenchSpacing",
      severity: "warning",
      spans: [{ side: "target", start: isOrdinarySpace ? at - 1 : at, end: at + 1 }],
      params: { mark: text[at], found: isOrdinarySpace ? "space" : "none" },
    });
  }
  return issues;
}
