// POST /api/v1/glossaries/{idOrSlug}/imports?format=tbx|csv&expectedVersion=…&mapping=… — editors: applies the file
// in the body in one transaction, at the version the preview was made at, or refuses it whole.
import { apiRoutes } from "@/server/api/openapi";
import { readGlossaryUpload } from "@/server/api/glossary-upload";
import { refuseCrossSite } from "@/server/api/same-origin";
import { withRoute } from "@/server/api/with-route";
import { readerRejections } from "@/lib/glossary/import-preview";
import { AppError } from "@/server/errors";
import { applyImport } from "@/server/glossaries/imports/mutations";
import { getGlossary } from "@/server/glossaries/queries";

export const dynamic = "force-dynamic";

export const POST = refuseCrossSite(
  withRoute(apiRoutes.applyGlossaryImport, async ({ request, params, query, viewer }) => {
    // NOT_FOUND and CONFLICT before the body is read; applyImport checks the version again in its transaction.
    const glossary = await getGlossary(params.idOrSlug);
    if (glossary.version !== query.expectedVersion)
      throw new AppError("CONFLICT", "The glossary changed since the preview; check the preview again");
    const read = await readGlossaryUpload(request, query);
    if (!read.glossary) throw new AppError("INVALID_INPUT", "The file cannot be imported");
    return applyImport({
      glossaryId: glossary.id,
      concepts: read.concepts,
      expectedVersion: query.expectedVersion,
      actorId: viewer.id,
      origin: query.filename ?? "upload",
      skipRejected: query.skipRejected,
      readerRejected: readerRejections(read.report).rejected.length,
    });
  }),
);
