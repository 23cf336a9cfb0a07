// GET /api/v1/articles/{idOrSlug} — one article's text in reading order.
import { apiRoutes } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";
import { findArticle } from "@/server/articles/queries";
import { AppError } from "@/server/errors";

export const dynamic = "force-dynamic";

export const GET = withRoute(apiRoutes.getArticle, async ({ params }) => {
  const article = await findArticle(params.idOrSlug);
  if (!article) throw new AppError("NOT_FOUND", "No article has this id or slug");
  const { id, slug, title, language, source, author, publishedAt } = article;
  return {
    id,
    slug,
    title,
    language,
    source,
    author,
    publishedAt: publishedAt?.toISOString() ?? null,
    paragraphs: article.paragraphs.map((paragraph) => ({
      segments: paragraph.segments.map((segment) => ({
        id: segment.id,
        language: segment.language,
        text: segment.text,
      })),
    })),
  };
});
