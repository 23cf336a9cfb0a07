// GET /api/v1/glossaries/{idOrSlug}/export?format=tbx|csv&layout=… — the glossary as a file, for anyone (a draft
// for editors and admins only, a 404 for anyone else):
// TBX-Basic (valid against its RelaxNG schema), or CSV in one of the two layouts the import page reads back.
// The file is written in a job worker (server/jobs), so a large glossary does not hold up other requests.
import { decide } from "@/lib/auth/permissions";
import { apiRoutes } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";
import { glossaryHeader } from "@/lib/glossary/glossary-header";
import { loadGlossaryConcepts } from "@/server/glossaries/concepts/queries";
import { getReadableGlossary } from "@/server/glossaries/queries";
import { runQueuedJob } from "@/server/jobs/run-job";

export const dynamic = "force-dynamic";

export const GET = withRoute(apiRoutes.exportGlossary, async ({ request, params, query, viewer }) => {
  const glossary = await getReadableGlossary(params.idOrSlug, {
    includeDrafts: decide(viewer, "glossary.readDrafts").allowed,
  });
  const concepts = await loadGlossaryConcepts(glossary.id);
  const isTbx = query.format === "tbx";
  const body = await runQueuedJob(
    isTbx
      ? { kind: "writeGlossaryFile", format: "tbx", header: glossaryHeader(glossary), concepts }
      : { kind: "writeGlossaryFile", format: "csv", layout: query.layout ?? "termPerRow", concepts },
    request.signal,
  );
  return new Response(body, {
    headers: {
      "Content-Type": isTbx ? "application/x-tbx+xml; charset=utf-8" : "text/csv; charset=utf-8",
      // Slugs are ASCII letters, digits and hyphens: safe inside the quotes as they are.
      "Content-Disposition": `attachment; filename="${glossary.slug}.${isTbx ? "tbx" : "csv"}"`,
      "Cache-Control": "no-store",
    },
  });
});
