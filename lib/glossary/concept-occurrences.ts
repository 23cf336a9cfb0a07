// Where one entry's terms occur across the articles, counted per article with the first sentence of each. Pure:
// the caller feeds segments in pages (tallyOccurrences) and ranks the tally with the articles it names.
import { matchTerms, type TermIndex } from "./match-terms";

type ArticleOccurrences = {
  articleId: string;
  slug: string;
  title: string;
  language: string;
  count: number;
  /** The first segment (in reading order) where a term occurs. */
  firstSegment: { id: string; position: number };
};

export type ConceptOccurrences = { total: number; articles: ArticleOccurrences[] };

/** Hits per article id so far. */
export type OccurrenceTally = Map<string, { count: number; firstSegment: { id: string; position: number } }>;

type Segment = { id: string; articleId: string; position: number; language: string; text: string };

/**
 * Adds the hits of `index` in these segments to `tally` (which it returns), keeping each article's earliest segment.
 * @example tallyOccurrences(index, [{ id: "s4", articleId: "a1", position: 4, language: "en", text: "Astana and Astana" }])
 * // Map { "a1" => { count: 2, firstSegment: { id: "s4", position: 4 } } }
 */
export function tallyOccurrences(
  index: TermIndex,
  segments: readonly Segment[],
  tally: OccurrenceTally = new Map(),
): OccurrenceTally {
  for (const segment of segments) {
    const hits = matchTerms(index, segment.text, segment.language).length;
    if (hits === 0) continue;
    const known = tally.get(segment.articleId);
    if (!known)
      tally.set(segment.articleId, { count: hits, firstSegment: { id: segment.id, position: segment.position } });
    else {
      known.count += hits;
      if (segment.position < known.firstSegment.position)
        known.firstSegment = { id: segment.id, position: segment.position };
    }
  }
  return tally;
}

/**
 * The tallied articles, most hits first (then by title); an article missing from `articles` (deleted) is left out.
 * @example rankOccurrences(tally, [{ id: "a1", slug: "astana-summit", title: "Astana summit", language: "en" }])
 * // { total: 2, articles: [{ articleId: "a1", slug: "astana-summit", count: 2, firstSegment: { … }, … }] }
 */
export function rankOccurrences(
  tally: OccurrenceTally,
  articles: readonly { id: string; slug: string; title: string; language: string }[],
): ConceptOccurrences {
  const ranked = articles
    .flatMap(({ id, ...article }) => {
      const found = tally.get(id);
      return found ? [{ articleId: id, ...article, ...found }] : [];
    })
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  return { total: ranked.reduce((sum, article) => sum + article.count, 0), articles: ranked };
}
