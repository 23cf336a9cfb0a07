// Writes for articles. An import is stored in one batch transaction: all of it or nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import type { ImportedArticle } from "../../lib/import/types.ts";
import { getDb, type Db } from "../db.ts";

export type SaveResult = { created: number; existing: number; ids: string[] };

/**
 * Stores imported articles. An article whose content hash is already stored is not stored again,
 * so re-importing a file changes nothing.
 */
export async function saveImportedArticles(
  articles: ImportedArticle[],
  options: { origin?: string } = {},
): Promise<SaveResult> {
  const db = await getDb();
  const result: SaveResult = { created: 0, existing: 0, ids: [] };
  for (const article of articles) {
    const found = await db.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
    if (found) {
      result.existing++;
      result.ids.push(found.id);
      continue;
    }
    result.ids.push(await createArticle(db, article, options));
    result.created++;
  }
  return result;
}

async function createArticle(db: Db, article: ImportedArticle, options: { origin?: string }) {
  const articleId = randomUUID();
  const paragraphs = article.paragraphs.map((_, position) => ({ id: randomUUID(), articleId, position }));
  let position = 0;
  const segments = article.paragraphs.flatMap((paragraph, index) =>
    paragraph.segments.map((segment) => ({
      articleId,
      paragraphId: paragraphs[index].id,
      position: position++,
      language: segment.language,
      text: segment.text,
      hash: segment.hash,
    })),
  );
  await db.$transaction([
    db.article.create({
      data: {
        id: articleId,
        slug: await freeSlug(db, article.slug),
        title: article.title,
        language: article.language,
        source: article.source,
        author: article.author,
        publishedAt: article.publishedAt ? toDate(article.publishedAt) : null,
        contentHash: article.contentHash,
        origin: options.origin ?? null,
      },
    }),
    db.paragraph.createMany({ data: paragraphs }),
    db.segment.createMany({ data: segments }),
  ]);
  return articleId;
}

/** A date without a zone is the source's calendar date or local time; store it as that UTC value. */
function toDate(iso: string): Date {
  return new Date(/Z|[+-]\d\d:\d\d$/.test(iso) ? iso : iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
}

/** Two different articles may share a title; the later one gets a numbered slug. */
async function freeSlug(db: Db, slug: string): Promise<string> {
  const taken = new Set(
    (await db.article.findMany({ where: { slug: { startsWith: slug } }, select: { slug: true } })).map((a) => a.slug),
  );
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}
