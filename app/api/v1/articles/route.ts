// GET /api/v1/articles — the library as JSON, optionally in one language.
import { apiRoutes } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";
import { listArticles } from "@/server/articles/queries";

export const dynamic = "force-dynamic";

export const GET = withRoute(apiRoutes.listArticles, async ({ query }) => {
  const articles = await listArticles({ language: query.language });
  return {
    items: articles.map((article) => ({ ...article, publishedAt: article.publishedAt?.toISOString() ?? null })),
  };
});
