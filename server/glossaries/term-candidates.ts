// Term candidates for editors: recurring names and phrases of the articles that no glossary has yet and no editor
// dismissed, ranked, each with an example sentence. Reads the segments and the glossary terms in pages, but holds all of them in memory
// for the ranking and the example search (the whole corpus, once per change of it: see getTermCandidates).
import "server-only";
import { LRUCache } from "lru-cache";
import { buildTermIndex, matchTerms, type IndexedTerm } from "../../lib/glossary/match-terms.ts";
import {
  type CandidateText,
  candidateId,
  findTermCandidates,
  type TermCandidate,
} from "../../lib/glossary/term-candidates.ts";
import { excerpt } from "../../lib/text/excerpt.ts";
import {
  getCorpusFingerprint,
  listArticleHeadings,
  listArticleIdsInImportOrder,
  listGlossaryTermPage,
  listSegmentPage,
  type SegmentRow,
} from "./corpus/queries.ts";
import { listDismissedTermCandidates } from "./candidates/queries.ts";

/** `text`: the sentence, shortened around the candidate; `start`/`end`: where the candidate is in it (UTF-16 offsets). */
type CandidateExample = {
  text: string;
  language: string;
  start: number;
  end: number;
  articleSlug: string;
  articleTitle: string;
};

export type TermCandidateView = TermCandidate & { example: CandidateExample | null };

const PAGE_SIZE = 2000;

/** Every row of a paged read, page after page. */
async function readAll<T extends { id: string }>(
  page: (options: { cursor?: string; take: number }) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const next = await page({ cursor, take: PAGE_SIZE });
    rows.push(...next);
    if (next.length < PAGE_SIZE) return rows;
    cursor = next.at(-1)!.id;
  }
}

/**
 * The ranked candidates over all article segments, each sentence kept apart (no phrase crosses two) and counted
 * per article; the example is the first sentence, in the first article imported, where the candidate occurs. A
 * term of any glossary, whatever its status, is known (a forbidden term too), hence no candidate.
 * @example loadTermCandidates({ limit: 50 }) // [{ text: "Shanghai Cooperation Organisation", language: "en", count: 7, documents: 3, example: { … } }, …]
 */
export async function loadTermCandidates(
  options: { limit?: number; minCount?: number; dismissed?: ReadonlySet<string> } = {},
): Promise<TermCandidateView[]> {
  const [segments, terms, articleIds, dismissed] = await Promise.all([
    readAll(listSegmentPage),
    readAll<IndexedTerm & { id: string }>(listGlossaryTermPage),
    listArticleIdsInImportOrder(),
    options.dismissed ?? dismissedIds(),
  ]);
  // Articles in the order they came in, each in reading order: the example is the earliest sentence.
  const order = new Map(articleIds.map((id, index) => [id, index]));
  segments.sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.position - b.position);
  const known = terms.length ? buildTermIndex(terms) : null;
  const texts: CandidateText[] = segments.map((segment) => ({
    text: segment.text,
    language: segment.language,
    document: segment.articleId,
  }));
  const candidates = findTermCandidates(texts, known, {
    limit: options.limit ?? 100,
    minCount: options.minCount ?? 2,
    dismissed,
  });
  const examples = await findExamples(candidates, segments);
  return candidates.map((candidate, index) => ({ ...candidate, example: examples.get(index) ?? null }));
}

/**
 * A matcher over the candidates themselves finds, for each, the first sentence it occurs in. Candidates overlap
 * ("China and Central Asian countries" holds "Central Asian countries") and a match takes the longest, so the ones
 * still without an example get a matcher of their own in the next pass.
 */
async function findExamples(candidates: TermCandidate[], segments: SegmentRow[]) {
  const found = new Map<number, { segment: SegmentRow; start: number; end: number }>();
  for (let pass = 0; pass < 4 && found.size < candidates.length; pass++) {
    const missing = candidates.flatMap((candidate, position) =>
      found.has(position) ? [] : [{ id: String(position), text: candidate.text, language: candidate.language }],
    );
    const index = buildTermIndex(missing);
    const before = found.size;
    for (const segment of segments) {
      for (const hit of matchTerms(index, segment.text, segment.language)) {
        for (const id of hit.termIds)
          if (!found.has(Number(id))) found.set(Number(id), { segment, start: hit.start, end: hit.end });
      }
      if (found.size === candidates.length) break;
    }
    if (found.size === before) break;
  }
  const articleIds = [...new Set([...found.values()].map(({ segment }) => segment.articleId))];
  const articles = new Map((await listArticleHeadings(articleIds)).map((article) => [article.id, article]));
  const examples = new Map<number, CandidateExample>();
  for (const [position, { segment, start, end }] of found) {
    const article = articles.get(segment.articleId);
    if (article)
      examples.set(position, {
        ...excerpt(segment.text, start, end),
        language: segment.language,
        articleSlug: article.slug,
        articleTitle: article.title,
      });
  }
  return examples;
}

/**
 * The last computed list, keyed by the corpus fingerprint: any import, article deletion or glossary edit makes a
 * new key, and the one entry kept is replaced.
 */
const cache = new LRUCache<string, Promise<TermCandidateView[]>>({ max: 1 });

async function dismissedIds() {
  return new Set((await listDismissedTermCandidates()).map((row) => candidateId(row.language, row.key)));
}

/**
 * loadTermCandidates (100 candidates seen at least twice), computed again only when the articles, the glossaries or
 * the dismissals changed (the dismissed set itself is part of the key: a restore then a dismissal keep its size).
 */
export async function getTermCandidates(): Promise<TermCandidateView[]> {
  const [corpus, dismissed] = await Promise.all([getCorpusFingerprint(), dismissedIds()]);
  const fingerprint = `${corpus}|${[...dismissed].sort().join("\u0001")}`;
  const known = cache.get(fingerprint);
  if (known) return known;
  const candidates = loadTermCandidates({ dismissed });
  cache.set(fingerprint, candidates);
  // A failure is not kept: the next visit tries again.
  candidates.catch(() => cache.get(fingerprint) === candidates && cache.delete(fingerprint));
  return candidates;
}
