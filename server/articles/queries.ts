// Reads for the library, the reader and the API. Callers pass everything explicitly
// (no cookies or headers here) so pages, scripts and tests share them.
import { Prisma } from "../../generated/sqlite/client.ts";
import type { ArticleSummary, TranslationProgress } from "../../lib/library/article-summary.ts";
import type { Db } from "../db.ts";

export type { ArticleSummary, TranslationProgress };

export async function listArticles(db: Db, filter: { language?: string } = {}): Promise<ArticleSummary[]> {
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
  const progress = await getTranslationProgress(
    db,
    articles.map((a) => a.id),
  );
  return articles.map(({ _count, ...article }) => ({
    ...article,
    segmentCount: _count.segments,
    translations: progress.get(article.id) ?? {},
  }));
}

type ProgressRow = { articleId: string; language: string; translated: bigint | number; approved: bigint | number };

/** Per article and target language: segments with a live translation, and with an approved one. */
export async function getTranslationProgress(db: Db, articleIds: string[]): Promise<Map<string, TranslationProgress>> {
  const result = new Map<string, TranslationProgress>();
  if (articleIds.length === 0) return result;
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

/** The languages an article can be shown in, besides its own. */
export async function listLanguagesOfArticles(db: Db): Promise<string[]> {
  const rows = await db.article.findMany({
    distinct: ["language"],
    select: { language: true },
    orderBy: { language: "asc" },
  });
  return rows.map((row) => row.language);
}

export async function findArticle(db: Db, idOrSlug: string) {
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
export async function findArticleId(db: Db, idOrSlug: string): Promise<string | null> {
  const article = await db.article.findFirst({
    where: { OR: [{ slug: idOrSlug }, { id: idOrSlug }] },
    select: { id: true },
  });
  return article?.id ?? null;
}

export type ArticleWithText = NonNullable<Awaited<ReturnType<typeof findArticle>>>;
