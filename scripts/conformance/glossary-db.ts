// LTAC's Astronomy termbase (TBX v3 DCA) through the database, on a fresh migrated SQLite file of its own:
// imported, stored and loaded without loss; exported with writeTbx and imported again to the same entries; and
// exported through the public API route (GET /api/v1/glossaries/{idOrSlug}/export), valid against the TBX-Basic
// RelaxNG, imported back to the same entries, and imported again into its own glossary without a change.
// The unit tests run the same round trips on the repository's own starter glossary (seed/glossary/).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { readTbx } from "../../lib/formats/tbx/read-tbx.ts";
import { writeTbx } from "../../lib/formats/tbx/write-tbx.ts";
import { glossaryHeader } from "../../lib/glossary/glossary-header.ts";
import type { Concept } from "../../lib/glossary/types.ts";
import { checkOf, type CheckResult } from "./check.ts";
import { validateTbxBasic } from "./tbx.ts";

const astronomyDca = "tbx/ltac-tbx-basic/Example_Astronomy_DCA_VALID.tbx";

type Stored = Concept & { storedId?: string; version?: number; termIds?: string[] };

/** Entries as a file carries them: no stored ids, versions, or the transactions an import adds. */
const comparable = (concepts: Stored[]) =>
  concepts.map(({ storedId: _s, version: _v, termIds: _ids, id: _id, transactions: _tx, terms, ...concept }) => ({
    ...concept,
    terms: terms.map(({ transactions: _t, ...term }) => term),
  }));

const termCount = (concepts: Concept[]) => concepts.reduce((sum, concept) => sum + concept.terms.length, 0);

export async function runGlossaryDb(dir: string, log: (line: string) => void): Promise<CheckResult[]> {
  const raw = readFileSync(path.join(dir, astronomyDca));
  const folder = mkdtempSync(path.join(tmpdir(), "conformance-db-"));
  const url = `file:${path.join(folder, "conformance.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe", // Prisma's chatter is in the error thrown when the migration fails
  });
  log(`  (info) fresh SQLite database ${url}`);
  // The data layer and the route read DATABASE_URL on first use: point it at this database before loading them.
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const { disconnectDb } = await import("../../server/db.ts");
  try {
    const { createGlossary } = await import("../../server/glossaries/mutations.ts");
    const { applyImport } = await import("../../server/glossaries/imports/mutations.ts");
    const { getGlossary } = await import("../../server/glossaries/queries.ts");
    const { loadGlossaryConcepts } = await import("../../server/glossaries/concepts/queries.ts");
    const { GET: exportGlossary } = await import("../../app/api/v1/glossaries/[idOrSlug]/export/route.ts");
    const { NextRequest } = await import("next/server");

    // Written as the system (no actor) and published, as the seed's starter glossary is: the export is anonymous.
    const newGlossary = (name: string) =>
      createGlossary({ name, languages: ["en", "es", "zu"], subjectFields: [], actorId: null, isPublished: true });
    const importInto = async (glossaryId: string, concepts: Concept[], origin: string) =>
      applyImport({
        glossaryId,
        concepts,
        expectedVersion: (await getGlossary(glossaryId)).version,
        actorId: null,
        origin,
      });

    const results: CheckResult[] = [];
    const check = (...args: Parameters<typeof checkOf>) => results.push(checkOf(...args));

    // import → database → export (writeTbx) → import: the same entries at every step.
    const read = readTbx(raw);
    const source = await newGlossary("Astronomy");
    await importInto(source.id, read.concepts, "astronomy.tbx");
    const stored = await loadGlossaryConcepts(source.id);
    const viaTbx = await newGlossary("Astronomy again");
    await importInto(
      viaTbx.id,
      readTbx(writeTbx(glossaryHeader(await getGlossary(source.id)), stored)).concepts,
      "export.tbx",
    );
    const again = await loadGlossaryConcepts(viaTbx.id);
    check(
      "TBX Astronomy DCA through the database: stored without loss, exported and imported again unchanged",
      [
        read.concepts.length !== 45 && `${read.concepts.length} concepts read, expected 45`,
        termCount(stored) !== 113 && `${termCount(stored)} terms stored, expected 113`,
        !isDeepStrictEqual(comparable(stored), comparable(read.concepts)) && "stored entries differ from the file",
        !isDeepStrictEqual(comparable(again), comparable(stored)) && "entries imported from the export differ",
      ],
      `${stored.length} concepts, ${termCount(stored)} terms stored; ${again.length} concepts after export and import`,
    );

    // The public API's export of that glossary: valid TBX-Basic, and it imports back to the same entries.
    const callExport = async (idOrSlug: string, query = "") => {
      const response = await exportGlossary(
        new NextRequest(`http://localhost/api/v1/glossaries/${idOrSlug}/export${query}`),
        { params: Promise.resolve({ idOrSlug }) },
      );
      return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
    };
    const bySlug = await callExport(source.slug, "?format=tbx");
    const byId = await callExport(source.id);
    const verdict = await validateTbxBasic(dir, bySlug.body);
    const copy = await newGlossary("Astronomy copy");
    const added = await importInto(copy.id, readTbx(bySlug.body).concepts, `${source.slug}.tbx`);
    const reimported = await loadGlossaryConcepts(copy.id);
    const unchanged = await importInto(source.id, readTbx(bySlug.body).concepts, "again.tbx");
    check(
      "TBX Astronomy DCA exported by GET /api/v1/glossaries/{idOrSlug}/export validates against TBX-Basic RelaxNG and imports back unchanged",
      [
        bySlug.status !== 200 && `status ${bySlug.status}`,
        bySlug.type !== "application/x-tbx+xml; charset=utf-8" && `content type ${bySlug.type}`,
        byId.body !== bySlug.body && "the export by id (TBX by default) differs from the export by slug",
        verdict !== "valid" && verdict,
        !isDeepStrictEqual(added, { added: 45, changed: 0, unchanged: 0, skipped: 0 }) &&
          `import into a new glossary: ${JSON.stringify(added)}`,
        !isDeepStrictEqual(comparable(reimported), comparable(stored)) && "re-imported entries differ",
        !isDeepStrictEqual(unchanged, { added: 0, changed: 0, unchanged: 45, skipped: 0 }) &&
          `import into its own glossary: ${JSON.stringify(unchanged)}`,
      ],
      `RelaxNG: ${verdict}; ${reimported.length} concepts, ${termCount(reimported)} terms imported back`,
    );
    return results;
  } finally {
    await disconnectDb();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    rmSync(folder, { recursive: true, force: true });
  }
}
