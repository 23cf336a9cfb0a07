// GET /api/v1/glossaries — every published glossary with its languages and entry counts; drafts too for callers
// who may see them (editors' and admins' tokens or sessions).
import { decide } from "@/lib/auth/permissions";
import { apiRoutes } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";
import { listGlossaries } from "@/server/glossaries/queries";

export const dynamic = "force-dynamic";

export const GET = withRoute(apiRoutes.listGlossaries, async ({ viewer }) => {
  const glossaries = await listGlossaries({ includeDrafts: decide(viewer, "glossary.readDrafts").allowed });
  return {
    items: glossaries.map(
      ({
        id,
        slug,
        name,
        description,
        languages,
        subjectFields,
        isDemo,
        isDraft,
        conceptCount,
        termCount,
        updatedAt,
      }) => ({
        id,
        slug,
        name,
        description,
        languages,
        subjectFields,
        isDemo,
        isDraft,
        conceptCount,
        termCount,
        updatedAt: updatedAt.toISOString(),
      }),
    ),
  };
});
