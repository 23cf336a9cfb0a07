// GET /api/v1/glossaries — every glossary with its languages and entry counts.
import { apiRoutes } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";
import { listGlossaries } from "@/server/glossaries/queries";

export const dynamic = "force-dynamic";

export const GET = withRoute(apiRoutes.listGlossaries, async () => {
  const glossaries = await listGlossaries();
  return {
    items: glossaries.map(
      ({ id, slug, name, description, languages, subjectFields, isDemo, conceptCount, termCount, updatedAt }) => ({
        id,
        slug,
        name,
        description,
        languages,
        subjectFields,
        isDemo,
        conceptCount,
        termCount,
        updatedAt: updatedAt.toISOString(),
      }),
    ),
  };
});
