// GET /api/v1/articles/{idOrSlug}/translations/{lang} — what a reader sees beside each segment.
import { apiRoutes } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";
import { findArticleId } from "@/server/articles/queries";
import { AppError } from "@/server/errors";
import { getShownTranslations } from "@/server/translations/queries";

export const dynamic = "force-dynamic";

export const GET = withRoute(apiRoutes.getArticleTranslations, async ({ params }) => {
  const articleId = await findArticleId(params.idOrSlug);
  if (!articleId) throw new AppError("NOT_FOUND", "No article has this id or slug");
  // A language nobody translated into yet is a valid question with an empty answer, not a 404.
  const shown = await getShownTranslations(articleId, params.lang);
  return { segments: shown.map(({ segmentId, text, status }) => ({ segmentId, text, status })) };
});
