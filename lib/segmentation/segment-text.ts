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
import { insideSpans, pairedSpans } from "./paired-spans";

// V8's sentence segmenter takes time quadratic in the length of what it is given (a 200,000-character paragraph:
// about a second, 1,000,000: a minute), so long paragraphs go to it in chunks. A break within chunkMargin of a
// chunk's end may depend on text after it (UAX #29 looks ahead past spaces and closers for a lowercase letter), so
// those wait for the next chunk, which starts at the last break kept.
const chunkLength = 4000;
const chunkMargin = 500;

/**
 * The interior break offsets Intl.Segmenter proposes (never 0 or text.length), before any repair.
 * @example uaxSentenceBreaks("Mr. Smith left. He", "en") // [4, 16]
 */
export function uaxSentenceBreaks(text: string, lang: string): number[] {
  const segmenter = segmenterFor(lang, "sentence");
  const breaks: number[] = [];
  let start = 0;
  for (;;) {
    const end = Math.min(text.length, start + chunkLength);
    const last = end === text.length ? end : end - chunkMargin;
    let next = last;
    for (const { index } of segmenter.segment(text.slice(start, end))) {
      if (index === 0) continue;
      if (start + index > last) break;
      breaks.push(start + index);
      next = start + index;
    }
    if (end === text.length) return breaks;
    // Start the next chunk at the last sure break, so that it opens a sentence as the whole text would.
    start = next > start ? next : last;
    if (/[\uDC00-\uDFFF]/u.test(text[start])) start++;
  }
}

/**
 * For each offset, whether it lies inside a list marker or in the whitespace right after one, where a break would
 * cut the marker from its item. Markers do not overlap, so this is one pass over the text.
 * @example markedOffsets("1) The item", [{ start: 0, end: 2 }]).slice(0, 5) // [false, true, true, true, false]
 */
function markedOffsets(text: string, markers: { start: number; end: number }[]): boolean[] {
  const marked = new Array<boolean>(text.length + 1).fill(false);
  for (const { start, end } of markers) {
    let at = start + 1;
    for (; at <= end && at <= text.length; at++) marked[at] = true;
    for (; at <= text.length && /\s/u.test(text[at - 1]); at++) marked[at] = true;
  }
  return marked;
}

/**
 * Splits a paragraph into trimmed sentence segments; whitespace between segments is dropped, nothing else.
 * @example segmentText("M. Ding a fait l'éloge des réalisations. Il a appelé à coopérer.", "fr")
 * // ["M. Ding a fait l'éloge des réalisations.", "Il a appelé à coopérer."]
 */
export function segmentText(paragraph: string, lang: string): string[] {
  const text = paragraph;
  const context: BreakContext = { text, rules: rulesFor(lang) };
  const inside = insideSpans(pairedSpans(text), text.length);
  const markers = listMarkers(text);
  const openedByMarker = markedOffsets(text, markers);
  // List items always start a segment; the other breaks are proposals that the rules below may reject.
  const forced = new Set<number>(markers.map((m) => m.start));
  const proposed = [
    ...uaxSentenceBreaks(text, lang).map((at) => movedPastSpacedClosers(context, movedEllipsisBreak(context, at))),
    ...missingSpaceBreaks(context),
    ...cjkOpeningBreaks(context),
  ];
  const kept = proposed.filter((at) => {
    if (forced.has(at)) return true;
    if (inside[at]) return false;
    // The marker opens the item after it: "1.) | The first item" is one segment.
    if (openedByMarker[at]) return false;
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
