// The import preview: reads the file and plans it against the stored glossary; writes nothing. The confirmation
// reads the same file again and applyImport makes the same plan at the version previewed.
import "server-only";
import { type GlossaryFile, readGlossaryFile } from "../../../lib/formats/read-glossary-file.ts";
import { type ImportPreview, previewImport } from "../../../lib/glossary/import-preview.ts";
import { loadGlossaryConcepts } from "../concepts/queries.ts";
import { getGlossaryVersion } from "../queries.ts";

/** NOT_FOUND when there is no such glossary. */
export async function getImportPreview(glossaryId: string, file: GlossaryFile): Promise<ImportPreview> {
  const version = await getGlossaryVersion(glossaryId);
  const read = readGlossaryFile(file);
  return previewImport(version, read, read.glossary ? await loadGlossaryConcepts(glossaryId) : []);
}
