// Term candidates for editors: recurring names and phrases of the articles that no glossary has yet, ranked, each
// with an example sentence. Reads the segments and the glossary terms a page at a time.
import { buildTermIndex, matchTerms, type IndexedTerm } from "../../lib/glossary/match-terms.ts";
import { type CandidateText, findTermCandidates, type TermCandidate } from "../../lib/glossary/term-candidates.ts";
import { excerpt } from "../../lib/text/excerpt.ts";
import type { Db } from "../db.ts";

/** `text`: the sentence, shortened around the candidate; `start`/`end`: where the candidate is in it (UTF-16 offsets). */
export type CandidateExample = {
  text: string;
  language: string;
  start: number;
  end: number;
  articleSlug: string;
  articleTitle: string;
};

export type TermCandidateView = TermCandidate & { example: CandidateExample | null };

const PAGE_SIZE = 2000;

type SegmentRow = { id: string; articleId: string; position: number; language: string; text: string };

async function readSegments(db: Db): Promise<SegmentRow[]> {
  const segments: SegmentRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await db.segment.findMany({
      select: { id: true, articleId: true, position: true, language: true, text: true },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    segments.push(...page);
    if (page.length < PAGE_SIZE) return segments;
    cursor = page.at(-1)!.id;
  }
}

/** Every term of every glossary, whatever its status: a forbidden term is known too, not a candidate. */
async function readGlossaryTerms(db: Db): Promise<IndexedTerm[]> {
  const terms: IndexedTerm[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await db.term.findMany({
      select: { id: true, text: true, language: true },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    terms.push(...page);
    if (page.length < PAGE_SIZE) return terms;
    cursor = page.at(-1)!.id;
  }
}

/**
 * The ranked candidates over all article segments, each sentence kept apart (no phrase crosses two) and counted
 * per article; the example is the first sentence, in the first article imported, where the candidate occurs.
 * @example loadTermCandidates(db, { limit: 50 }) // [{ text: "Shanghai Cooperation Organisation", language: "en", count: 7, documents: 3, example: { … } }, …]
 */
export async function loadTermCandidates(
  db: Db,
  options: { limit?: number; minCount?: number } = {},
): Promise<TermCandidateView[]> {
  const [segments, terms, articles] = await Promise.all([
    readSegments(db),
    readGlossaryTerms(db),
    db.article.findMany({ select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  // Articles in the order they came in, each in reading order: the example is the earliest sentence.
  const order = new Map(articles.map((article, index) => [article.id, index]));
  segments.sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.position - b.position);
  const known = terms.length ? buildTermIndex(terms) : null;
  const texts: CandidateText[] = segments.map((segment) => ({
    text: segment.text,
    language: segment.language,
    document: segment.articleId,
  }));
  const candidates = findTermCandidates(texts, known, { limit: options.limit ?? 100, minCount: options.minCount ?? 2 });
  const examples = await findExamples(db, candidates, segments);
  return candidates.map((candidate, index) => ({ ...candidate, example: examples.get(index) ?? null }));
}

/**
 * A matcher over the candidates themselves finds, for each, the first sentence it occurs in. Candidates overlap
 * ("China and Central Asian countries" holds "Central Asian countries") and a match takes the longest, so the ones
 * still without an example get a matcher of their own in the next pass.
 */
async function findExamples(db: Db, candidates: TermCandidate[], segments: SegmentRow[]) {
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
  const articles = new Map(
    (
      await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, slug: true, title: true } })
    ).map((article) => [article.id, article]),
  );
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

/** What the candidates depend on, cheap to read: any import, article deletion or glossary edit changes it. */
async function corpusFingerprint(db: Db) {
  const [segments, articles, glossaries, terms] = await Promise.all([
    db.segment.count(),
    db.article.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.glossary.aggregate({ _sum: { version: true }, _count: true }),
    db.term.count(),
  ]);
  return [
    segments,
    articles._count,
    articles._max.updatedAt?.getTime(),
    glossaries._count,
    glossaries._sum.version,
    terms,
  ].join(":");
}

const cached = new WeakMap<Db, { fingerprint: string; candidates: Promise<TermCandidateView[]> }>();

/** loadTermCandidates (100 candidates seen at least twice), computed again only when the articles or glossaries changed. */
export async function getTermCandidates(db: Db): Promise<TermCandidateView[]> {
  const fingerprint = await corpusFingerprint(db);
  const known = cached.get(db);
  if (known?.fingerprint === fingerprint) return known.candidates;
  const candidates = loadTermCandidates(db);
  cached.set(db, { fingerprint, candidates });
  // A failure is not kept: the next visit tries again.
  candidates.catch(() => {
    if (cached.get(db)?.candidates === candidates) cached.delete(db);
  });
  return candidates;
}
