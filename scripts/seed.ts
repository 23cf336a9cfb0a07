// First-start content: the seed corpus through the app's own importer, then (unless skipped) the
// demo translations, attributed to the demo contributor. Idempotent: running it again adds nothing.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { importDocument } from "../lib/import/import-document.ts";
import { alignPairs } from "../lib/translation/align-pairs.ts";
import { readTbx } from "../lib/formats/tbx/read-tbx.ts";
import { saveImportedArticles } from "../server/articles/mutations.ts";
import { listSegmentsOfArticles } from "../server/articles/queries.ts";
import { applyImport } from "../server/glossaries/imports/mutations.ts";
import { createGlossary } from "../server/glossaries/mutations.ts";
import { findDemoGlossaryId } from "../server/glossaries/queries.ts";
import { addTranslations } from "../server/translations/mutations.ts";
import { ensureDemoContributor } from "../server/users/mutations.ts";

const SEED_DIR = path.resolve(import.meta.dirname, "../seed");

const demoFileSchema = z.object({
  source: z.string(),
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  pairs: z.array(z.object({ source: z.string(), target: z.string() })).min(1),
});

export type SeedReport = {
  articles: { created: number; existing: number };
  demo: { file: string; language: string; added: number; missing: number; unused: number }[];
  glossaries: { file: string; concepts: number; existing: boolean }[];
};

export async function seedDatabase(options: { withDemo: boolean; seedDir?: string }): Promise<SeedReport> {
  const seedDir = options.seedDir ?? SEED_DIR;
  const report: SeedReport = { articles: { created: 0, existing: 0 }, demo: [], glossaries: [] };
  const articleIdsByFile = new Map<string, string[]>();
  for (const file of (await readdir(path.join(seedDir, "corpus"))).sort()) {
    const raw = await readFile(path.join(seedDir, "corpus", file), "utf8");
    const saved = await saveImportedArticles(importDocument(raw, { fileName: file }), {
      origin: `seed/corpus/${file}`,
    });
    report.articles.created += saved.created;
    report.articles.existing += saved.existing;
    articleIdsByFile.set(file, saved.ids);
  }
  if (!options.withDemo) return report;

  const contributor = await ensureDemoContributor();
  const demoDir = path.join(seedDir, "demo");
  for (const file of (await readdir(demoDir)).filter((name) => name.endsWith(".json")).sort()) {
    const demo = demoFileSchema.parse(JSON.parse(await readFile(path.join(demoDir, file), "utf8")));
    const segments = await listSegmentsOfArticles(articleIdsByFile.get(demo.source) ?? []);
    const { aligned, missing, unused } = alignPairs(segments, demo.pairs);
    const added = await addTranslations({
      language: demo.targetLanguage,
      authorId: contributor.id,
      translations: aligned,
      isDemo: true,
    });
    report.demo.push({ file, language: demo.targetLanguage, added, missing: missing.length, unused: unused.length });
  }
  report.glossaries = await seedGlossaries(path.join(seedDir, "glossary"));
  return report;
}

/**
 * The starter glossaries (TBX files) through the app's own import, as demo glossaries. A glossary whose name is
 * already there is left alone, so a second run adds nothing and an editor's changes to it stay.
 */
async function seedGlossaries(dir: string) {
  const results: SeedReport["glossaries"] = [];
  for (const file of (await readdir(dir)).filter((name) => name.endsWith(".tbx")).sort()) {
    const read = readTbx(await readFile(path.join(dir, file)));
    if (!read.glossary || read.report.errors.length)
      throw new Error(`seed/glossary/${file} does not read cleanly: ${JSON.stringify(read.report.errors.slice(0, 3))}`);
    if (await findDemoGlossaryId(read.glossary.name)) {
      results.push({ file, concepts: read.concepts.length, existing: true });
      continue;
    }
    const glossary = await createGlossary({ ...read.glossary, actorId: null, isDemo: true, isPublished: true });
    await applyImport({
      glossaryId: glossary.id,
      concepts: read.concepts,
      expectedVersion: 1,
      actorId: null,
      origin: `seed/glossary/${file}`,
    });
    results.push({ file, concepts: read.concepts.length, existing: false });
  }
  return results;
}
