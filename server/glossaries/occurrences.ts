// Where one entry's terms occur across the articles: a matcher built from that entry's terms only, run over the
// article segments a page at a time (never the whole corpus in memory), counted per article.
import "server-only";
import { LRUCache } from "lru-cache";
import {
  type ConceptOccurrences,
  type OccurrenceTally,
  rankOccurrences,
  tallyOccurrences,
} from "../../lib/glossary/concept-occurrences.ts";
import { buildTermIndex } from "../../lib/glossary/match-terms.ts";
import { listConceptTerms } from "./concepts/queries.ts";
import { getArticlesFingerprint, listArticleHeadings, listSegmentPage } from "./corpus/queries.ts";

/** Segments read per query: enough to keep round trips few, small enough to bound memory. */
const PAGE_SIZE = 1000;

type Terms = Awaited<ReturnType<typeof listConceptTerms>>;

/**
 * Counts the hits of a concept's terms in every article, most hits first. All of its terms count, whatever their
 * status: an editor wants to see where a deprecated or forbidden term is still used.
 * @example findConceptOccurrences("c1") // { total: 3, articles: [{ slug: "astana-summit", count: 2, firstSegment: { position: 4, … }, … }, …] }
 */
export async function findConceptOccurrences(
  conceptId: string,
  { pageSize = PAGE_SIZE }: { pageSize?: number } = {},
): Promise<ConceptOccurrences> {
  return scan(await listConceptTerms(conceptId), pageSize);
}

async function scan(terms: Terms, pageSize: number): Promise<ConceptOccurrences> {
  const index = buildTermIndex(terms);
  if (index.termIds.length === 0) return { total: 0, articles: [] };
  const tally: OccurrenceTally = new Map();
  let cursor: string | undefined;
  for (;;) {
    const segments = await listSegmentPage({ cursor, take: pageSize });
    tallyOccurrences(index, segments, tally);
    if (segments.length < pageSize) break;
    cursor = segments.at(-1)!.id;
  }
  if (tally.size === 0) return { total: 0, articles: [] };
  return rankOccurrences(tally, await listArticleHeadings([...tally.keys()]));
}

/**
 * Scans kept per process: an entry page is read far more often than the articles or its terms change. Keyed by the
 * entry's terms and the articles' fingerprint: an edit of the terms, an import or a deletion makes a new key.
 */
const cache = new LRUCache<string, Promise<ConceptOccurrences>>({ max: 500 });

/** findConceptOccurrences, scanned again only when the entry's terms or the articles changed. */
export async function getConceptOccurrences(conceptId: string): Promise<ConceptOccurrences> {
  const [terms, [segments, articlesUpdatedAt]] = await Promise.all([
    listConceptTerms(conceptId),
    getArticlesFingerprint(),
  ]);
  const key = JSON.stringify([conceptId, terms, segments, articlesUpdatedAt]);
  const known = cache.get(key);
  if (known) return known;
  const result = scan(terms, PAGE_SIZE);
  cache.set(key, result);
  // A failure is not kept: the next visit scans again.
  result.catch(() => cache.get(key) === result && cache.delete(key));
  return result;
}
