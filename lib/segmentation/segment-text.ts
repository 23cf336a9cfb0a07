// Splits one paragraph into sentence segments: Intl.Segmenter (UAX #29) proposes the breaks, then
// language rules remove the false ones (abbreviations, initials, quotes, ellipses) and add missed ones (lists).
import { segmenterFor } from "../text/intl-segmenters";
import { rulesFor } from "./abbreviations";
import {
  type BreakContext,
  cjkOpeningBreaks,
  isAbbreviationBreak,
  isDialogueDashBreak,
  isEllipsisBreak,
  isExclamationWordBreak,
  missingSpaceBreaks,
  movedEllipsisBreak,
  movedPastSpacedClosers,
} from "./break-rules";
import { listMarkers } from "./list-markers";
import { isInsideSpan, pairedSpans } from "./paired-spans";

/**
 * The interior break offsets Intl.Segmenter proposes (never 0 or text.length), before any repair.
 * @example uaxSentenceBreaks("Mr. Smith left. He", "en") // [4, 16]
 */
export function uaxSentenceBreaks(text: string, lang: string): number[] {
  const breaks: number[] = [];
  for (const { index } of segmenterFor(lang, "sentence").segment(text)) if (index > 0) breaks.push(index);
  return breaks;
}

/**
 * Splits a paragraph into trimmed sentence segments; whitespace between segments is dropped, nothing else.
 * @example segmentText("M. Ding a fait l'éloge des réalisations. Il a appelé à coopérer.", "fr")
 * // ["M. Ding a fait l'éloge des réalisations.", "Il a appelé à coopérer."]
 */
export function segmentText(paragraph: string, lang: string): string[] {
  const text = paragraph;
  const context: BreakContext = { text, rules: rulesFor(lang) };
  const spans = pairedSpans(text);
  const markers = listMarkers(text);
  // List items always start a segment; the other breaks are proposals that the rules below may reject.
  const forced = new Set<number>(markers.map((m) => m.start));
  const proposed = [
    ...uaxSentenceBreaks(text, lang).map((at) => movedPastSpacedClosers(context, movedEllipsisBreak(context, at))),
    ...missingSpaceBreaks(context),
    ...cjkOpeningBreaks(context),
  ];
  const kept = proposed.filter((at) => {
    if (forced.has(at)) return true;
    if (isInsideSpan(spans, at)) return false;
    // The marker opens the item after it: "1.) | The first item" is one segment.
    if (markers.some((marker) => marker.start < at && text.slice(marker.end, at).trim() === "")) return false;
    return ![isAbbreviationBreak, isEllipsisBreak, isExclamationWordBreak, isDialogueDashBreak].some((rule) =>
      rule(context, at),
    );
  });
  const breaks = [...new Set([...kept, ...forced])].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b);
  const segments: string[] = [];
  let start = 0;
  for (const at of [...breaks, text.length]) {
    const segment = text.slice(start, at).trim();
    if (segment) segments.push(segment);
    start = at;
  }
  return segments;
}
