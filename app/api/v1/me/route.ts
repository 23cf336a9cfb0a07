// GET /api/v1/me — the account behind the request's token or session.
import { apiRoutes } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";

export const dynamic = "force-dynamic";

export const GET = withRoute(apiRoutes.getMe, async ({ viewer }) => ({
  id: viewer.id,
  name: viewer.name,
  email: viewer.email,
  role: viewer.role,
  preferences: { uiLocale: viewer.uiLocale, readingLanguage: viewer.readingLanguage },
}));
