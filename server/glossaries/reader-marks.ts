// The glossary terms a reader page marks: the cached matchers of the applied glossaries run over the sentences
// shown, and the popover cards of just the concepts found. No cookies or headers here; the page passes its choices.
import "server-only";
import { type TermCard, toTermCard } from "../../lib/reader/term-cards.ts";
import { keepConcepts, markSegments, type TextPiece } from "../../lib/reader/term-marks.ts";
import { type ConceptCardRow, type GlossaryMatcher, type MatcherCache, matcherCache } from "./matcher-cache.ts";
import { getConceptCards } from "./reader/queries.ts";

type Sentence = { id: string; text: string; language: string };

type ReaderMarksInput = {
  /** The applied glossaries with the versions just read (listGlossaryChoices). */
  glossaries: readonly { id: string; version: number }[];
  /** Sentences of the original column, by segment id; empty when the column is not shown. */
  original: readonly Sentence[];
  /** Translations shown, by segment id; empty when that column is not shown. */
  translation: readonly Sentence[];
  /** Languages whose terms a popover may list (the translation's, the article's, the interface's). */
  cardLanguages: readonly string[];
  /** Definition languages, best first (the interface's language first: the reader reads it). */
  definitionLanguages: readonly string[];
};

type ReaderMarks = {
  original: Map<string, TextPiece[]>;
  translation: Map<string, TextPiece[]>;
  cards: TermCard[];
};

const none: ReaderMarks = { original: new Map(), translation: new Map(), cards: [] };

export async function getReaderMarks(
  input: ReaderMarksInput,
  cache: MatcherCache = matcherCache,
): Promise<ReaderMarks> {
  if (input.glossaries.length === 0) return none;
  const matchers = await cache.matchersFor(input.glossaries);
  const original = markSegments(matchers, input.original);
  const translation = markSegments(matchers, input.translation);
  const conceptIds = [...new Set([...original.conceptIds, ...translation.conceptIds])];
  const rows = await conceptCardRows(matchers, conceptIds);
  const options = { languages: input.cardLanguages, definitionLanguages: input.definitionLanguages };
  const cards = new Map(rows.map((row) => [row.id, toTermCard(row, options)]));
  // A concept deleted since its matcher was built has no card: its marks go (the next request rebuilds anyway).
  const withCards = (pieces: Map<string, TextPiece[]>) =>
    rows.length === conceptIds.length
      ? pieces
      : new Map([...pieces].map(([id, list]) => [id, keepConcepts(list, (concept) => cards.has(concept))]));
  return {
    original: withCards(original.pieces),
    translation: withCards(translation.pieces),
    cards: conceptIds.flatMap((id) => cards.get(id) ?? []),
  };
}

/**
 * The popover rows of the concepts, from the matchers' own caches where a reader met them before; the rest in one
 * query, then kept with their glossary's matcher (a newer version gets a new matcher, hence fresh rows).
 */
async function conceptCardRows(
  matchers: readonly GlossaryMatcher[],
  conceptIds: readonly string[],
): Promise<ConceptCardRow[]> {
  const cached = (id: string) => matchers.map((matcher) => matcher.cardRows.get(id)).find((row) => row !== undefined);
  const missing = conceptIds.filter((id) => !cached(id));
  if (missing.length) {
    const byGlossary = new Map(matchers.map((matcher) => [matcher.glossaryId, matcher]));
    for (const row of await getConceptCards(missing)) byGlossary.get(row.glossaryId)?.cardRows.set(row.id, row);
  }
  return conceptIds.flatMap((id) => cached(id) ?? []);
}
