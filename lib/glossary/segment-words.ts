// Word segmentation that knows the glossary: Intl.Segmenter takes no custom dictionary, so its word
// boundaries inside a glossary term are dropped and the term's own boundaries are added.
import { segmenterFor } from "../text/intl-segmenters";
import { type TermIndex, matchTerms } from "./match-terms";

export type GlossaryWord = { segment: string; index: number; isWordLike: boolean; termIds?: string[] };

/**
 * Words of a text where every glossary term is one word, whatever the built-in segmenter would have split.
 * @example segmentWordsWithGlossary("推进一带一路倡议", buildTermIndex([{ id: "t", text: "一带一路倡议", language: "zh" }]))
 * // [{ segment: "推进", … }, { segment: "一带一路倡议", index: 2, isWordLike: true, termIds: ["t"] }]
 */
export function segmentWordsWithGlossary(text: string, index: TermIndex, language = "zh"): GlossaryWord[] {
  const hits = matchTerms(index, text, language);
  const segments = new Map<number, { end: number; isWordLike: boolean }>();
  const cuts = new Set<number>([0, text.length]);
  for (const { index: at, segment, isWordLike } of segmenterFor(language, "word").segment(text)) {
    cuts.add(at);
    segments.set(at, { end: at + segment.length, isWordLike: Boolean(isWordLike) });
  }
  const hitAt = new Map(hits.map((hit) => [hit.start, hit]));
  for (const hit of hits) {
    for (let at = hit.start + 1; at < hit.end; at++) cuts.delete(at);
    cuts.add(hit.start);
    cuts.add(hit.end);
  }
  const ordered = [...cuts].sort((x, y) => x - y);
  const words: GlossaryWord[] = [];
  for (let k = 0; k + 1 < ordered.length; k++) {
    const [start, end] = [ordered[k], ordered[k + 1]];
    const segment = text.slice(start, end);
    const hit = hitAt.get(start);
    if (hit && hit.end === end) words.push({ segment, index: start, isWordLike: true, termIds: hit.termIds });
    else {
      // A whole segmenter word keeps the segmenter's verdict; a piece cut off by a term is judged by its letters.
      const whole = segments.get(start);
      const isWordLike = whole?.end === end ? whole.isWordLike : /[\p{L}\p{N}]/u.test(segment);
      words.push({ segment, index: start, isWordLike });
    }
  }
  return words;
}
