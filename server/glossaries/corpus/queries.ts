// Reads of the article corpus that glossary features scan: segments page by page, every glossary term, the
// articles found, and cheap fingerprints that tell the scans' caches when to compute again.
import "server-only";
import { getDb } from "../../db.ts";

export type SegmentRow = { id: string; articleId: string; position: number; language: string; text: string };

/** One page of every article's segments in id order, after `cursor` (the last id of the previous page). */
export async function listSegmentPage({ cursor, take }: { cursor?: string; take: number }): Promise<SegmentRow[]> {
  const db = await getDb();
  return db.segment.findMany({
    select: { id: true, articleId: true, position: true, language: true, text: true },
    orderBy: { id: "asc" },
    take,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
}

/** One page of every glossary's terms, whatever their status, in id order after `cursor`. */
export async function listGlossaryTermPage({ cursor, take }: { cursor?: string; take: number }) {
  const db = await getDb();
  return db.term.findMany({
    select: { id: true, text: true, language: true },
    orderBy: { id: "asc" },
    take,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
}

/** Every article's id in the order they came in. */
export async function listArticleIdsInImportOrder() {
  const db = await getDb();
  const rows = await db.article.findMany({ select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => row.id);
}

export async function listArticleHeadings(articleIds: readonly string[]) {
  const db = await getDb();
  return db.article.findMany({
    where: { id: { in: [...articleIds] } },
    select: { id: true, slug: true, title: true, language: true },
  });
}

/** Changes when articles are imported or deleted: the segment count and the latest article update. */
export async function getArticlesFingerprint() {
  const db = await getDb();
  const [segments, articles] = await Promise.all([
    db.segment.count(),
    db.article.aggregate({ _max: { updatedAt: true } }),
  ]);
  return [segments, articles._max.updatedAt?.getTime() ?? 0] as const;
}

/** Changes with any import, article deletion or glossary edit (what term candidates depend on). */
export async function getCorpusFingerprint() {
  const db = await getDb();
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
