// POST /api/v1/glossaries/{idOrSlug}/imports/preview?format=tbx|csv&mapping=… — editors: what importing the file in
// the body would do (entries to add, change, reject, and the file's own errors). Writes nothing.
import { apiRoutes } from "@/server/api/openapi";
import { readGlossaryUpload } from "@/server/api/glossary-upload";
import { refuseCrossSite } from "@/server/api/same-origin";
import { withRoute } from "@/server/api/with-route";
import { getImportPreview } from "@/server/glossaries/imports/queries";
import { getGlossary } from "@/server/glossaries/queries";

export const dynamic = "force-dynamic";

export const POST = refuseCrossSite(
  withRoute(apiRoutes.previewGlossaryImport, async ({ request, params, query }) => {
    // NOT_FOUND before the body is read: an unknown glossary costs no upload.
    const glossary = await getGlossary(params.idOrSlug);
    return getImportPreview(glossary.id, await readGlossaryUpload(request, query));
  }),
);
