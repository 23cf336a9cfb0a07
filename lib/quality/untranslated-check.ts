// A target that is the source copied over. Names, numbers and acronyms stay the same in every language
// ("Astana", "CICA", "2024"), so a text made only of those is not reported.
import { foldTerm } from "../glossary/normalize";
import { segmenterFor } from "../text/intl-segmenters";
import type { QualityIssue, QualityText } from "./types";

const capitalized = /^\p{Lu}/u;
const digit = /\p{N}/u;

// Whether every word is a name (capitalized), an acronym or a number. Scripts without case (Han) are never names
// here: a Chinese sentence copied into a Chinese-free target is untranslated.
function isOnlyNamesAndNumbers(text: string, language: string): boolean {
  for (const { segment, isWordLike } of segmenterFor(language, "word").segment(text)) {
    if (!isWordLike) continue;
    if (!capitalized.test(segment) && !digit.test(segment)) return false;
  }
  return true;
}

/**
 * `untranslated` when the target equals the source once case, accents, apostrophes and spacing are folded,
 * unless the text is only names, numbers and acronyms.
 * @example checkUntranslated({ text: "Astana hosts CICA", language: "en" }, { text: "astana hosts CICA ", language: "fr" })
 * // [{ code: "untranslated", … }] — "hosts" is a word, not a name
 */
export function checkUntranslated(source: QualityText, target: QualityText): QualityIssue[] {
  const folded = foldTerm(target.text);
  if (!/\p{L}/u.test(folded) || folded !== foldTerm(source.text)) return [];
  if (isOnlyNamesAndNumbers(target.text, target.language)) return [];
  return [
    {
      code: "untranslated",
      severity: "error",
      spans: [
        { side: "source", start: 0, end: source.text.length },
        { side: "target", start: 0, end: target.text.length },
      ],
    },
  ];
}
