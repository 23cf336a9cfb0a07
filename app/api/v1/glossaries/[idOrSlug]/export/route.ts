// GET /api/v1/glossaries/{idOrSlug}/export?format=tbx|csv&layout=… — the glossary as a file, for anyone:
// TBX-Basic (valid against its RelaxNG schema), or CSV in one of the two layouts the import page reads back.
import { writeGlossaryCsv } from "@/lib/formats/csv/write-glossary-csv";
import { writeTbx } from "@/lib/formats/tbx/write-tbx";
import { apiRoutes } from "@/server/api/openapi";
import { withRoute } from "@/server/api/with-route";
import { glossaryHeader } from "@/lib/glossary/glossary-header";
import { loadGlossaryConcepts } from "@/server/glossaries/concepts/queries";
import { getGlossary } from "@/server/glossaries/queries";

export const dynamic = "force-dynamic";

export const GET = withRoute(apiRoutes.exportGlossary, async ({ params, query }) => {
  const glossary = await getGlossary(params.idOrSlug);
  const concepts = await loadGlossaryConcepts(glossary.id);
  const file =
    query.format === "tbx"
      ? {
          body: writeTbx(glossaryHeader(glossary), concepts),
          type: "application/x-tbx+xml; charset=utf-8",
          extension: "tbx",
        }
      : {
          body: writeGlossaryCsv(concepts, query.layout ?? "termPerRow"),
          type: "text/csv; charset=utf-8",
          extension: "csv",
        };
  return new Response(file.body, {
    headers: {
      "Content-Type": file.type,
      // Slugs are ASCII letters, digits and hyphens: safe inside the quotes as they are.
      "Content-Disposition": `attachment; filename="${glossary.slug}.${file.extension}"`,
      "Cache-Control": "no-store",
    },
  });
});
