// The import preview: plans a file, already read (in a job worker, server/api/glossary-upload.ts), against the
// stored glossary; writes nothing. The confirmation reads the same file again and applyImport makes the same plan
// at the version previewed.
import "server-only";
import type { GlossaryFileRead } from "../../../lib/formats/read-glossary-file.ts";
import { type ImportPreview, previewImport } from "../../../lib/glossary/import-preview.ts";
import { loadGlossaryConcepts } from "../concepts/queries.ts";
import { getGlossaryVersion } from "../queries.ts";

/** NOT_FOUND when there is no such glossary. */
export async function getImportPreview(glossaryId: string, read: GlossaryFileRead): Promise<ImportPreview> {
  const version = await getGlossaryVersion(glossaryId);
  return previewImport(version, read, read.glossary ? await loadGlossaryConcepts(glossaryId) : []);
}
