// GET /api/v1/openapi.json — the API's description, generated from the routes' own zod schemas.
import { apiRoutes, buildOpenApiDocument } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";

export const GET = withRoute(apiRoutes.getOpenApiDocument, async () => buildOpenApiDocument());
