// The one entry point the translation panel (on every keystroke) and the server (on save) call: every check,
// in a fixed order, on texts cut to the length the checks are bounded for.
import { checkBrackets } from "./brackets-check";
import { checkGlossary } from "./glossary-check";
import { type LengthRatioModel, checkLengthRatio } from "./length-ratio";
import { checkNumbers } from "./numbers-check";
import { checkEndPunctuation, checkFrenchSpacing } from "./punctuation-check";
import { checkSpaces } from "./spaces-check";
import { type GlossaryHints, type QualityIssue, type QualityText, maxQualityInputLength } from "./types";
import { checkUntranslated } from "./untranslated-check";

export type QualityCheckInput = {
  source: QualityText;
  target: QualityText;
  glossary?: GlossaryHints;
  lengthRatio?: LengthRatioModel;
};

const bounded = ({ text, language }: QualityText): QualityText => ({
  text: text.length > maxQualityInputLength ? text.slice(0, maxQualityInputLength) : text,
  language,
});

/**
 * Every quality issue of a translation; an empty target has none (nothing is translated yet). Texts longer than
 * 5,000 characters are checked on their first 5,000.
 * @example runQualityChecks({ source: { text: "35 %.", language: "fr" }, target: { text: "36%.", language: "en" } })
 * // [numbers.missing "35 %", numbers.extra "36%"]
 */
export function runQualityChecks(input: QualityCheckInput): QualityIssue[] {
  const [source, target] = [bounded(input.source), bounded(input.target)];
  if (!target.text.trim()) return [];
  return [
    ...(input.glossary ? checkGlossary(source, target, input.glossary) : []),
    ...checkNumbers(source, target),
    ...checkEndPunctuation(source, target),
    ...checkFrenchSpacing(target),
    ...checkBrackets(source, target),
    ...checkSpaces(target),
    ...checkUntranslated(source, target),
    ...checkLengthRatio(source, target, input.lengthRatio),
  ];
}
