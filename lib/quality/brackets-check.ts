// Unbalanced brackets and quotes in a translation, in every script the five languages use. Reported only when
// the source does not have the same imbalance, as a sentence cut from a longer quotation does.
import type { QualityIssue, QualityText } from "./types";

type Family = "round" | "square" | "quote" | "title";

// Closer → opener. ’ closes ‘ but is also the apostrophe (l’Union, don’t): it only closes an open ‘.
const openerOf = new Map([
  [")", "("],
  ["）", "（"],
  ["]", "["],
  ["»", "«"],
  ["”", "“"],
  ["’", "‘"],
  ["」", "「"],
  ["』", "『"],
  ["》", "《"],
]);
const families = new Map<string, Family>([
  ["(", "round"],
  ["（", "round"],
  ["[", "square"],
  ["«", "quote"],
  ["“", "quote"],
  ["„", "quote"],
  ["‘", "quote"],
  ["「", "quote"],
  ["『", "quote"],
  ['"', "quote"],
  ["《", "title"],
]);

type Mark = { char: string; at: number };

function unbalancedMarks(text: string): Mark[] {
  const stack: Mark[] = [];
  const openCount = new Map<string, number>();
  const unbalanced: Mark[] = [];
  const open = (mark: Mark) => {
    stack.push(mark);
    openCount.set(mark.char, (openCount.get(mark.char) ?? 0) + 1);
  };
  // Pops down to the nearest `opener`; what it passes was never closed. Each mark is popped once: linear.
  const close = (opener: string) => {
    for (;;) {
      const top = stack.pop()!;
      openCount.set(top.char, openCount.get(top.char)! - 1);
      if (top.char === opener) return;
      unbalanced.push(top);
    }
  };
  const quotes: Mark[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') {
      quotes.push({ char, at });
      continue;
    }
    // Russian opens with „ and closes with “, which English opens with.
    if (char === "“" && (openCount.get("„") ?? 0) > 0 && stack[stack.length - 1]?.char === "„") {
      close("„");
      continue;
    }
    const opener = openerOf.get(char);
    if (opener === undefined) {
      if (families.has(char)) open({ char, at });
      continue;
    }
    if ((openCount.get(opener) ?? 0) > 0) close(opener);
    else if (char === "”" && (openCount.get("„") ?? 0) > 0) close("„");
    else if (char !== "’" && !isListMarker(text, at)) unbalanced.push({ char, at });
  }
  unbalanced.push(...stack);
  if (quotes.length % 2 === 1) unbalanced.push(quotes[quotes.length - 1]);
  return unbalanced.sort((x, y) => x.at - y.at);
}

// "a) " and "1) " number list items in French and Russian: a closing bracket that nothing opened.
function isListMarker(text: string, at: number): boolean {
  if (text[at] !== ")" || at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) return false;
  const before = text[at - 2];
  return before === undefined || /\s/u.test(before);
}

const familyOf = (char: string) => families.get(char) ?? families.get(openerOf.get(char) ?? "")!;

/**
 * `brackets.unbalanced` for each bracket or quote of the target that is never closed or closes nothing: ( ) [ ]
 * « » “ ” ‘ ’ 「」 『』 《》 （）, and an odd count of ASCII ".
 * @example checkBrackets({ text: "(a", language: "en" }, { text: "(b", language: "fr" }) // [] (the source is cut too)
 */
export function checkBrackets(source: QualityText, target: QualityText): QualityIssue[] {
  const sourceFamilies = new Set(unbalancedMarks(source.text).map((mark) => familyOf(mark.char)));
  return unbalancedMarks(target.text)
    .filter((mark) => !sourceFamilies.has(familyOf(mark.char)))
    .map((mark) => ({
      code: "brackets.unbalanced",
      severity: "warning",
      spans: [{ side: "target", start: mark.at, end: mark.at + 1 }],
      params: { mark: mark.char },
    }));
}
