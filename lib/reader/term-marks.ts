// What the reader renders for glossary terms in a sentence: runs of plain text and marked runs that name the concepts
// they stand for. Hits may come from several glossaries; among overlapping ones the leftmost, then longest, wins.
import { matchTerms, type TermIndex } from "../glossary/match-terms";
import type { TermStatus } from "../glossary/types";
import { betterStatus } from "./term-status";

/** What a matched term id stands for. */
type MatcherTermInfo = { conceptId: string; status: TermStatus };

/** One glossary's built index, and the concept and status of each of its term ids. */
export type ConceptMatcher = { index: TermIndex; terms: ReadonlyMap<string, MatcherTermInfo> };

/** `status`: the most recommended status among the terms written this way (a form that is preferred anywhere is not flagged). */
type TermMark = { conceptIds: string[]; status: TermStatus };

export type ConceptHit = TermMark & { start: number; end: number };

export type TextPiece = { text: string; mark?: TermMark };

/**
 * Non-overlapping hits in text order: the leftmost wins, then the longest; hits over the very same span (the same
 * form in two glossaries) become one, naming every concept. Empty or inverted spans are dropped.
 * @example selectHits([{ start: 0, end: 5, … }, { start: 2, end: 9, … }]) // [{ start: 0, end: 5, … }]
 */
export function selectHits(hits: readonly ConceptHit[]): ConceptHit[] {
  const ordered = hits
    .filter((hit) => hit.start >= 0 && hit.end > hit.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const selected: ConceptHit[] = [];
  for (const hit of ordered) {
    const last = selected.at(-1);
    if (last && last.start === hit.start && last.end === hit.end) {
      selected[selected.length - 1] = {
        ...last,
        conceptIds: [...new Set([...last.conceptIds, ...hit.conceptIds])],
        status: betterStatus(last.status, hit.status),
      };
    } else if (!last || hit.start >= last.end) {
      selected.push({ ...hit, conceptIds: [...new Set(hit.conceptIds)] });
    }
  }
  return selected;
}

/**
 * The concepts each glossary finds in a text of `language`, merged by selectHits.
 * @example findConceptHits([starter], "le succès de l'Initiative", "fr")
 * // [{ start: 15, end: 25, conceptIds: ["c-initiative"], status: "preferred" }]
 */
export function findConceptHits(matchers: readonly ConceptMatcher[], text: string, language: string): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (const { index, terms } of matchers) {
    for (const hit of matchTerms(index, text, language)) {
      const found = hit.termIds
        .map((id) => terms.get(id))
        .filter((info): info is MatcherTermInfo => info !== undefined);
      if (found.length === 0) continue;
      hits.push({
        start: hit.start,
        end: hit.end,
        conceptIds: found.map((info) => info.conceptId),
        status: found.map((info) => info.status).reduce(betterStatus),
      });
    }
  }
  return selectHits(hits);
}

/**
 * The text cut at the hits' edges. The hits must be what selectHits returns (ordered, not overlapping) and fit the
 * text.
 * @example splitMarkedText("la Chine", [{ start: 3, end: 8, conceptIds: ["c1"], status: "preferred" }])
 * // [{ text: "la " }, { text: "Chine", mark: { conceptIds: ["c1"], status: "preferred" } }]
 */
export function splitMarkedText(text: string, hits: readonly ConceptHit[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end, conceptIds, status } of hits) {
    if (start < at || end > text.length)
      throw new RangeError(`hit ${start}–${end} does not fit after ${at} in a text of ${text.length}`);
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, end), mark: { conceptIds, status } });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}

export type MarkedSegments = {
  /** Pieces per segment id, only for segments with at least one mark. */
  pieces: Map<string, TextPiece[]>;
  /** Every concept marked somewhere, in order of first appearance. */
  conceptIds: string[];
};

/**
 * Marks every segment of a text column; segments without a term are left out (they render as plain text).
 * @example markSegments([starter], [{ id: "s1", text: "推进一带一路倡议", language: "zh" }]).pieces.get("s1")
 * // [{ text: "推进" }, { text: "一带一路倡议", mark: { conceptIds: ["c-bri"], status: "preferred" } }]
 */
export function markSegments(
  matchers: readonly ConceptMatcher[],
  segments: readonly { id: string; text: string; language: string }[],
): MarkedSegments {
  const pieces = new Map<string, TextPiece[]>();
  const conceptIds = new Set<string>();
  if (matchers.length === 0) return { pieces, conceptIds: [] };
  for (const segment of segments) {
    const hits = findConceptHits(matchers, segment.text, segment.language);
    if (hits.length === 0) continue;
    pieces.set(segment.id, splitMarkedText(segment.text, hits));
    for (const hit of hits) for (const id of hit.conceptIds) conceptIds.add(id);
  }
  return { pieces, conceptIds: [...conceptIds] };
}

/**
 * The pieces with marks limited to concepts that pass `has` (a concept deleted since the matcher was built has no
 * card); a mark left with none becomes plain text again, merged with its neighbours.
 * @example keepConcepts([{ text: "la " }, { text: "Chine", mark: { conceptIds: ["gone"], … } }], () => false) // [{ text: "la Chine" }]
 */
export function keepConcepts(pieces: readonly TextPiece[], has: (conceptId: string) => boolean): TextPiece[] {
  const kept: TextPiece[] = [];
  for (const piece of pieces) {
    const conceptIds = piece.mark?.conceptIds.filter(has) ?? [];
    const next: TextPiece =
      piece.mark && conceptIds.length
        ? { text: piece.text, mark: { ...piece.mark, conceptIds } }
        : { text: piece.text };
    const last = kept.at(-1);
    if (!next.mark && last && !last.mark) kept[kept.length - 1] = { text: last.text + next.text };
    else kept.push(next);
  }
  return kept;
}
