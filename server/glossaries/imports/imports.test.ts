// Imports on the real database: all-or-nothing (a file whose 500th entry is bad writes nothing), refused at an
// older version, history rows for what changed, and import(export(x)) = x through the database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeGlossaryCsv } from "../../../lib/formats/csv/write-glossary-csv.ts";
import { readGlossaryFile } from "../../../lib/formats/read-glossary-file.ts";
import { readTbx } from "../../../lib/formats/tbx/read-tbx.ts";
import { writeTbx } from "../../../lib/formats/tbx/write-tbx.ts";
import { glossaryHeader } from "../../../lib/glossary/glossary-header.ts";
import type { Concept } from "../../../lib/glossary/types.ts";
import { getTestDb } from "../../testing/test-db.ts";
import { astanaConcept as astana, createTestGlossary, errorOf } from "../../testing/glossary-fixtures.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";
import { applyImport } from "../imports/mutations.ts";
import { createConcept } from "../concepts/mutations.ts";
import { getConceptHistory, loadGlossaryConcepts } from "../concepts/queries.ts";
import { getGlossary } from "../queries.ts";

let editor: TestUser;
let otherEditor: TestUser;

beforeAll(async () => {
  [editor, otherEditor] = await Promise.all([createTestUser("editor"), createTestUser("editor", { label: "other" })]);
});

const newGlossary = (name?: string) => createTestGlossary(editor.id, name);

describe("imports", () => {
  const entry = (index: number, status = "preferred"): Concept => ({
    id: `c${index}`,
    subjectField: "testing",
    terms: [{ language: "en", text: `Term ${index}`, status: status as Concept["terms"][number]["status"] }],
  });

  it("writes nothing when the file's 500th entry is bad", async () => {
    const db = await getTestDb();
    const glossary = await newGlossary();
    const concepts = Array.from({ length: 600 }, (_, index) =>
      index === 499 ? { ...entry(index), terms: [] } : entry(index),
    );
    const version = (await getGlossary(glossary.id)).version;
    const error = await errorOf(
      applyImport({
        glossaryId: glossary.id,
        concepts,
        expectedVersion: version,
        actorId: editor.id,
        origin: "bad.tbx",
      }),
    );
    expect(error?.code).toBe("INVALID_INPUT");
    expect(await db.concept.count({ where: { glossaryId: glossary.id } })).toBe(0);
    expect(await db.term.count({ where: { glossaryId: glossary.id } })).toBe(0);
    expect((await getGlossary(glossary.id)).version).toBe(version);
    expect(await db.auditLog.count({ where: { action: "glossary.import", targetId: glossary.id } })).toBe(0);
    // Having seen the preview, the editor may choose to import the rest.
    const rest = await applyImport({
      glossaryId: glossary.id,
      concepts,
      expectedVersion: version,
      actorId: editor.id,
      origin: "bad.tbx",
      skipRejected: true,
    });
    expect(rest).toEqual({ added: 599, changed: 0, unchanged: 0, skipped: 1 });
    expect(await db.concept.count({ where: { glossaryId: glossary.id } })).toBe(599);
  });

  it("counts the entries the file's reader dropped as rejected, as the preview did: skipped on purpose only", async () => {
    const db = await getTestDb();
    const glossary = await newGlossary();
    const version = (await getGlossary(glossary.id)).version;
    const input = {
      glossaryId: glossary.id,
      concepts: [entry(1)],
      expectedVersion: version,
      actorId: editor.id,
      origin: "dropped.tbx",
      readerRejected: 2,
    };
    expect(await errorOf(applyImport(input))).toMatchObject({ code: "INVALID_INPUT", details: { rejected: 2 } });
    expect(await db.concept.count({ where: { glossaryId: glossary.id } })).toBe(0);
    expect(await applyImport({ ...input, skipRejected: true })).toEqual({
      added: 1,
      changed: 0,
      unchanged: 0,
      skipped: 2,
    });
  });

  it("refuses an import previewed at an older version of the glossary", async () => {
    const db = await getTestDb();
    const glossary = await newGlossary();
    const version = (await getGlossary(glossary.id)).version;
    await createConcept({ glossaryId: glossary.id, concept: astana, actorId: otherEditor.id });
    const error = await errorOf(
      applyImport({
        glossaryId: glossary.id,
        concepts: [entry(1)],
        expectedVersion: version,
        actorId: editor.id,
        origin: "late.tbx",
      }),
    );
    expect(error?.code).toBe("CONFLICT");
    expect(await db.concept.count({ where: { glossaryId: glossary.id } })).toBe(1);
  });

  it("adds, changes and leaves alone, with history rows, and a re-import of the same file changes nothing", async () => {
    const glossary = await newGlossary();
    const first = await applyImport({
      glossaryId: glossary.id,
      concepts: [entry(1), entry(2)],
      expectedVersion: 1,
      actorId: editor.id,
      origin: "one.tbx",
    });
    expect(first).toEqual({ added: 2, changed: 0, unchanged: 0, skipped: 0 });
    const again = await applyImport({
      glossaryId: glossary.id,
      concepts: [entry(1), entry(2, "admitted"), entry(3)],
      expectedVersion: 2,
      actorId: editor.id,
      origin: "two.tbx",
    });
    expect(again).toEqual({ added: 1, changed: 1, unchanged: 1, skipped: 0 });
    const stored = await loadGlossaryConcepts(glossary.id);
    expect(stored.map((concept) => [concept.id, concept.terms[0].status, concept.version])).toEqual([
      ["c1", "preferred", 1],
      ["c2", "admitted", 2],
      ["c3", "preferred", 1],
    ]);
    const history = await getConceptHistory(stored[1].storedId);
    expect(history[0]).toMatchObject({
      kind: "import",
      version: 2,
      changes: [{ kind: "term", field: "status", before: "preferred", after: "admitted" }],
    });
  });

  it("gives back the same glossary after export and import, as TBX and as CSV", async () => {
    // The starter glossary the app ships with; LTAC's Astronomy termbase takes the same path in the conformance
    // suite (scripts/conformance/glossary-db.ts).
    const starter = readFileSync(path.resolve("seed/glossary/china-central-asia.tbx"));
    const read = readTbx(starter);
    expect(read.concepts).toHaveLength(66);
    const source = await newGlossary("Starter");
    await applyImport({
      glossaryId: source.id,
      concepts: read.concepts,
      expectedVersion: 1,
      actorId: editor.id,
      origin: "china-central-asia.tbx",
    });
    const exported = await loadGlossaryConcepts(source.id);
    const bare = (concepts: Concept[]) =>
      concepts.map(({ terms, id: _id, ...rest }) => ({
        ...rest,
        terms: terms.map(({ transactions: _t, ...term }) => term),
      }));
    const comparable = (concepts: (Concept & { storedId?: string; version?: number; termIds?: string[] })[]) =>
      bare(concepts.map(({ storedId: _s, version: _v, termIds: _ids, transactions: _tx, ...concept }) => concept));
    expect(comparable(exported)).toEqual(comparable(read.concepts));
    expect(exported.reduce((sum, concept) => sum + concept.terms.length, 0)).toBe(414);

    const tbx = writeTbx(glossaryHeader(await getGlossary(source.id)), exported);
    const viaTbx = await newGlossary("Starter again");
    await applyImport({
      glossaryId: viaTbx.id,
      concepts: readTbx(tbx).concepts,
      expectedVersion: 1,
      actorId: editor.id,
      origin: "export.tbx",
    });
    expect(comparable(await loadGlossaryConcepts(viaTbx.id))).toEqual(comparable(exported));

    const simple = await newGlossary("Simple");
    await createConcept({ glossaryId: simple.id, concept: astana, actorId: editor.id });
    const csv = writeGlossaryCsv(await loadGlossaryConcepts(simple.id), "termPerRow");
    const header = csv.split(/\r?\n/)[0].split(",");
    const viaCsv = await newGlossary("Simple again");
    const { suggestCsvMapping } = await import("../../../lib/formats/csv/csv-mapping.ts");
    const parsed = readGlossaryFile({ format: "csv", content: csv, mapping: suggestCsvMapping(header) });
    expect(parsed.report.errors).toEqual([]);
    await applyImport({
      glossaryId: viaCsv.id,
      concepts: parsed.concepts,
      expectedVersion: 1,
      actorId: editor.id,
      origin: "export.csv",
    });
    expect(comparable(await loadGlossaryConcepts(viaCsv.id))).toEqual(
      comparable(await loadGlossaryConcepts(simple.id)),
    );
  });
});
