// Stray spaces in a translation: before its first word, after its last, and two or more in a row inside it.
import type { QualityIssue, QualityText } from "./types";

// Horizontal spaces of the five languages' texts; line breaks are paragraph structure, not stray spaces.
const spaces = new Set([" ", "\t", "\u00A0", "\u202F", "\u2009", "\u3000"]);
const isSpace = (char: string) => spaces.has(char) || char === "\n" || char === "\r";

const issue = (
  code: "spaces.leading" | "spaces.trailing" | "spaces.double",
  start: number,
  end: number,
): QualityIssue => ({
  code,
  severity: "warning",
  spans: [{ side: "target", start, end }],
});

/**
 * `spaces.leading`, `spaces.trailing`, and `spaces.double` for each run of two or more spaces inside the target.
 * @example checkSpaces({ text: " Astana  hosts", language: "en" }) // [spaces.leading 0–1, spaces.double 7–9]
 */
export function checkSpaces(target: QualityText): QualityIssue[] {
  const { text } = target;
  let first = 0;
  while (first < text.length && isSpace(text[first])) first++;
  if (first === text.length) return [];
  let last = text.length;
  while (isSpace(text[last - 1])) last--;
  const issues: QualityIssue[] = [];
  if (first > 0) issues.push(issue("spaces.leading", 0, first));
  for (let at = first; at < last; at++) {
    if (!spaces.has(text[at])) continue;
    let end = at + 1;
    while (end < last && spaces.has(text[end])) end++;
    if (end - at > 1) issues.push(issue("spaces.double", at, end));
    at = end;
  }
  if (last < text.length) issues.push(issue("spaces.trailing", last, text.length));
  return issues;
}
