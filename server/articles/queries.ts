// Reads for the library, the reader and the API. Callers pass everything explicitly
// (no cookies or headers here) so pages, scripts and tests share them.
import "server-only";
import { Prisma } from "../../generated/sqlite/client.ts";
import type { ArticleSummary, TranslationProgress } from "../../lib/library/article-summary.ts";
import { isStorableText } from "../../lib/validation/storable-text.ts";
import { getDb } from "../db.ts";

export type { ArticleSummary };

export async function listArticles(filter: { language?: string } = {}): Promise<ArticleSummary[]> {
  const db = await getDb();
  const articles = await db.article.findMany({
    where: filter.language ? { language: filter.language } : {},
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      language: true,
      source: true,
      author: true,
      publishedAt: true,
      _count: { select: { segments: true } },
    },
  });
  const progress = await getTranslationProgress(articles.map((a) => a.id));
  return articles.map(({ _count, ...article }) => ({
    ...article,
    segmentCount: _count.segments,
    translations: progress.get(article.id) ?? {},
  }));
}

type ProgressRow = { articleId: string; language: string; translated: bigint | number; approved: bigint | number };

/** Per article and target language: segments with a live translation, and with an approved one. */
async function getTranslationProgress(articleIds: string[]): Promise<Map<string, TranslationProgress>> {
  const result = new Map<string, TranslationProgress>();
  if (articleIds.length === 0) return result;
  const db = await getDb();
  // Portable SQL (SQLite and PostgreSQL): Prisma's groupBy cannot group by a relation's column.
  const rows = await db.$queryRaw<ProgressRow[]>(Prisma.sql`
    SELECT s."articleId" AS "articleId", t."language" AS "language",
           COUNT(DISTINCT t."segmentId") AS "translated",
           COUNT(DISTINCT CASE WHEN t."status" = 'approved' THEN t."segmentId" END) AS "approved"
      FROM "Translation" t JOIN "Segment" s ON s."id" = t."segmentId"
     WHERE t."status" <> 'rejected' AND s."articleId" IN (${Prisma.join(articleIds)})
     GROUP BY s."articleId", t."language"`);
  for (const row of rows) {
    const entry = result.get(row.articleId) ?? {};
    entry[row.language] = { translated: Number(row.translated), approved: Number(row.approved) };
    result.set(row.articleId, entry);
  }
  return result;
}

/** The languages articles are written in: the library's language filter. */
export async function listLanguagesOfArticles(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.article.findMany({
    distinct: ["language"],
    select: { language: true },
    orderBy: { language: "asc" },
  });
  return rows.map((row) => row.language);
}

export async function findArticle(idOrSlug: string) {
  // A URL's %00 (or a lone surrogate) names no row, and PostgreSQL refuses NUL in a query: a 404, not a 500.
  if (!isStorableText(idOrSlug)) return null;
  const db = await getDb();
  const article = await db.article.findFirst({
    where: { OR: [{ slug: idOrSlug }, { id: idOrSlug }] },
    include: {
      paragraphs: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          segments: { orderBy: { position: "asc" }, select: { id: true, language: true, text: true, hash: true } },
        },
      },
    },
  });
  return article;
}

/** Just the id of an article named by id or slug, for reads that need no text (the API's 404 check). */
export async function findArticleId(idOrSlug: string): Promise<string | null> {
  if (!isStorableText(idOrSlug)) return null;
  const db = await getDb();
  const article = await db.article.findFirst({
    where: { OR: [{ slug: idOrSlug }, { id: idOrSlug }] },
    select: { id: true },
  });
  return article?.id ?? null;
}

export async function countArticles(): Promise<number> {
  const db = await getDb();
  return db.article.count();
}

/** An article by its exact title, with its first segment: fixtures name seed articles by title. */
export async function findArticleByTitle(title: string) {
  const db = await getDb();
  return db.article.findFirst({
    where: { title },
    select: { id: true, slug: true, segments: { orderBy: { position: "asc" }, take: 1, select: { id: true } } },
  });
}

/** The segments of some articles in reading order, for aligning demo translations to them. */
export async function listSegmentsOfArticles(articleIds: string[]): Promise<{ id: string; text: string }[]> {
  const db = await getDb();
  return db.segment.findMany({
    where: { articleId: { in: articleIds } },
    orderBy: { position: "asc" },
    select: { id: true, text: true },
  });
}

/** The article with the most segments that has a translation, and that language (the reader benchmark's page). */
export async function findLongestTranslatedArticle(): Promise<{ slug: string; language: string } | null> {
  const db = await getDb();
  const translated = await db.translation.findMany({ distinct: ["language"], select: { language: true } });
  let best: { slug: string; language: string; count: number } | null = null;
  for (const { language } of translated) {
    const articles = await db.article.findMany({
      where: { segments: { some: { translations: { some: { language } } } } },
      select: { slug: true, _count: { select: { segments: true } } },
    });
    for (const a of articles)
      if (!best || a._count.segments > best.count) best = { slug: a.slug, language, count: a._count.segments };
  }
  return best && { slug: best.slug, language: best.language };
}
