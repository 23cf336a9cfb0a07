// Where one entry's terms occur across the articles: a matcher built from that entry's terms only, run over the
// article segments a page at a time (never the whole corpus in memory), counted per article.
import { buildTermIndex, matchTerms } from "../../lib/glossary/match-terms.ts";
import type { Db } from "../db.ts";

export type ArticleOccurrences = {
  articleId: string;
  slug: string;
  title: string;
  language: string;
  count: number;
  /** The first segment (in reading order) where a term occurs. */
  firstSegment: { id: string; position: number };
};

export type ConceptOccurrences = { total: number; articles: ArticleOccurrences[] };

/** Segments read per query: enough to keep round trips few, small enough to bound memory. */
const PAGE_SIZE = 1000;

/**
 * Counts the hits of a concept's terms in every article, most hits first. All of its terms count, whatever their
 * status: an editor wants to see where a deprecated or forbidden term is still used.
 * @example findConceptOccurrences(db, "c1") // { total: 3, articles: [{ slug: "astana-summit", count: 2, firstSegment: { position: 4, … }, … }, …] }
 */
export async function findConceptOccurrences(
  db: Db,
  conceptId: string,
  { pageSize = PAGE_SIZE }: { pageSize?: number } = {},
): Promise<ConceptOccurrences> {
  return scan(db, await conceptTerms(db, conceptId), pageSize);
}

type Terms = { id: string; text: string; language: string }[];

const conceptTerms = (db: Db, conceptId: string): Promise<Terms> =>
  db.term.findMany({ where: { conceptId }, select: { id: true, text: true, language: true }, orderBy: { id: "asc" } });

async function scan(db: Db, terms: Terms, pageSize: number): Promise<ConceptOccurrences> {
  const index = buildTermIndex(terms);
  if (index.termIds.length === 0) return { total: 0, articles: [] };
  const found = new Map<string, { count: number; firstSegment: { id: string; position: number } }>();
  let cursor: string | undefined;
  for (;;) {
    const segments = await db.segment.findMany({
      select: { id: true, articleId: true, position: true, language: true, text: true },
      orderBy: { id: "asc" },
      take: pageSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const segment of segments) {
      const hits = matchTerms(index, segment.text, segment.language).length;
      if (hits === 0) continue;
      const known = found.get(segment.articleId);
      if (!known)
        found.set(segment.articleId, { count: hits, firstSegment: { id: segment.id, position: segment.position } });
      else {
        known.count += hits;
        if (segment.position < known.firstSegment.position)
          known.firstSegment = { id: segment.id, position: segment.position };
      }
    }
    if (segments.length < pageSize) break;
    cursor = segments.at(-1)!.id;
  }
  if (found.size === 0) return { total: 0, articles: [] };
  const rows = await db.article.findMany({
    where: { id: { in: [...found.keys()] } },
    select: { id: true, slug: true, title: true, language: true },
  });
  const articles = rows
    .map(({ id, ...article }) => ({ articleId: id, ...article, ...found.get(id)! }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  return { total: articles.reduce((sum, article) => sum + article.count, 0), articles };
}

/** Scans kept per process: an entry page is read far more often than the articles or its terms change. */
const cache = new Map<string, Promise<ConceptOccurrences>>();
const CACHE_SIZE = 500;

/**
 * findConceptOccurrences, scanned again only when the entry's terms or the articles changed (an import, a deletion:
 * the segment count or the latest article update moves).
 */
export async function getConceptOccurrences(db: Db, conceptId: string): Promise<ConceptOccurrences> {
  const [terms, segments, articles] = await Promise.all([
    conceptTerms(db, conceptId),
    db.segment.count(),
    db.article.aggregate({ _max: { updatedAt: true } }),
  ]);
  const key = JSON.stringify([conceptId, terms, segments, articles._max.updatedAt?.getTime() ?? 0]);
  const known = cache.get(key);
  if (known) {
    // Most recently used last, so that the oldest entry is the one dropped.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const result = scan(db, terms, PAGE_SIZE);
  cache.set(key, result);
  result.catch(() => cache.delete(key));
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}
