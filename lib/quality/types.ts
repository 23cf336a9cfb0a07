// What every translation quality check takes and returns: plain data, offsets in UTF-16 code units, and codes
// instead of sentences, so the browser and the server share the checks and the UI words the messages.
import type { TermStatus } from "../glossary/types";
import { primaryLanguage } from "../glossary/term-variants";

/** Every code a check can report; the UI types its `QaChecks.*` messages from this list. */
export const qualityCheckCodes = [
  "glossary.missingTerm",
  "glossary.flaggedTerm",
  "numbers.missing",
  "numbers.extra",
  "punctuation.end",
  "punctuation.frenchSpacing",
  "brackets.unbalanced",
  "spaces.leading",
  "spaces.trailing",
  "spaces.double",
  "untranslated",
  "length.ratio",
] as const;

type QualityCheckCode = (typeof qualityCheckCodes)[number];

type QualitySeverity = "error" | "warning";

/** A range of the source or the target that an issue is about, in UTF-16 offsets; `start === end` marks a place. */
export type QualitySpan = { side: "source" | "target"; start: number; end: number };

export type QualityIssue = {
  code: QualityCheckCode;
  severity: QualitySeverity;
  spans: QualitySpan[];
  /** Values for the message (the term, the number as written): the UI passes them to ICU as arguments. */
  params?: Record<string, string | number>;
};

/** One side of a translation: its text and its BCP 47 language tag. */
export type QualityText = { text: string; language: string };

/** The longest text the checks read; the server refuses longer segments, the browser stops checking past it. */
export const maxQualityInputLength = 5_000;

/**
 * The two-letter language the checks key their rules by: "fr-CA" → "fr", "zh-Hant" → "zh".
 * @example baseLanguage("zh-TW") // "zh"
 */
export function baseLanguage(tag: string): string {
  return primaryLanguage(tag).split("-")[0];
}

/** A glossary term as the checks need it; the caller builds these from the stored concepts. */
export type GlossaryTermHint = { text: string; language: string; status: TermStatus; caseSensitive?: boolean };

/** A concept with its terms in every language; `id` comes back in the issues' params. */
type GlossaryConceptHint = { id: string; terms: GlossaryTermHint[] };

export type GlossaryHints = { concepts: GlossaryConceptHint[] };
