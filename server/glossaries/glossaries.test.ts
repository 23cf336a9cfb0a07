// Glossary writes on the real database: history and audit with every change, the version conflict between two
// editors, all-or-nothing imports (a file whose 500th entry is bad writes nothing), import(export(x)) = x through
// the database, and the proposal queue.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { writeGlossaryCsv } from "../../lib/formats/csv/write-glossary-csv.ts";
import { readGlossaryFile } from "../../lib/formats/read-glossary-file.ts";
import { readTbx } from "../../lib/formats/tbx/read-tbx.ts";
import { writeTbx } from "../../lib/formats/tbx/write-tbx.ts";
import { glossaryHeader } from "../../lib/glossary/glossary-header.ts";
import type { Concept } from "../../lib/glossary/types.ts";
import { knownError } from "../errors.ts";
import { getTestDb, uniqueSuffix } from "../testing/test-db.ts";
import { createTestUser, type TestUser } from "../testing/test-users.ts";
import { applyImport } from "./imports/mutations.ts";
import { createConcept, deleteConcept, updateConcept } from "./concepts/mutations.ts";
import { createGlossary } from "./mutations.ts";
import { proposeTerm, reviewProposal } from "./proposals/mutations.ts";
import { getConcept, getConceptHistory, loadGlossaryConcepts, searchConcepts } from "./concepts/queries.ts";
import { getGlossary } from "./queries.ts";

process.env.DATABASE_URL = inject("databaseUrl");

let editor: TestUser;
let otherEditor: TestUser;
let contributor: TestUser;
beforeAll(async () => {
  [editor, otherEditor, contributor] = await Promise.all([
    createTestUser("editor"),
    createTestUser("editor", { label: "other" }),
    createTestUser("contributor"),
  ]);
});

async function newGlossary(name = "Test glossary") {
  return createGlossary({
    name: `${name} ${uniqueSuffix()}`,
    languages: ["en", "fr", "zh"],
    subjectFields: ["geography"],
    actorId: editor.id,
  });
}

const astana: Concept = {
  subjectField: "geography",
  definition: "Capital of Kazakhstan",
  terms: [
    { language: "en", text: "Astana", status: "preferred" },
    {
      language: "en",
      text: "Nur-Sultan",
      status: "superseded",
      statusNote: { text: "Name from 2019 to 2022", date: "2019-03-23" },
    },
    { language: "zh", text: "阿斯塔纳", status: "preferred" },
  ],
};

const errorOf = async (promise: Promise<unknown>) =>
  knownError(
    await promise.then(
      () => null,
      (error: unknown) => error,
    ),
  );

describe("entries", () => {
  it("creates an entry with its history and audit rows and bumps the glossary version", async () => {
    const db = await getTestDb();
    const glossary = await newGlossary();
    const before = (await getGlossary(glossary.id)).version;
    const { id } = await createConcept({ glossaryId: glossary.id, concept: astana, actorId: editor.id });
    const stored = await getConcept(id);
    expect(stored.version).toBe(1);
    expect(stored.terms.map((term) => [term.language, term.text, term.status])).toEqual([
      ["en", "Astana", "preferred"],
      ["en", "Nur-Sultan", "superseded"],
      ["zh", "阿斯塔纳", "preferred"],
    ]);
    expect(stored.terms[1]).toMatchObject({ statusNote: "Name from 2019 to 2022", statusNoteDate: "2019-03-23" });
    expect((await getGlossary(glossary.id)).version).toBe(before + 1);
    expect(await getConceptHistory(id)).toMatchObject([{ version: 1, kind: "create", actor: { name: editor.name } }]);
    expect(await db.auditLog.count({ where: { action: "concept.create", targetId: id, actorId: editor.id } })).toBe(1);
  });

  it("refuses the second of two saves made from the same version, and says what the first one changed", async () => {
    const glossary = await newGlossary();
    const { id } = await createConcept({ glossaryId: glossary.id, concept: astana, actorId: editor.id });
    const loaded = await getConcept(id);
    const termIds = loaded.terms.map((term) => term.id);
    const first = { ...astana, definition: "Capital city of Kazakhstan since 1997" };
    const second = { ...astana, note: "Second editor's note" };
    // Both editors loaded version 1; they save at once.
    const results = await Promise.allSettled([
      updateConcept({ conceptId: id, version: 1, concept: first, termIds, actorId: editor.id }),
      updateConcept({ conceptId: id, version: 1, concept: second, termIds, actorId: otherEditor.id }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result): result is PromiseRejectedResult => result.status === "rejected")!;
    const error = knownError(refused.reason)!;
    expect(error.code).toBe("CONFLICT");
    const won = results[0].status === "fulfilled" ? first : second;
    expect(error.details).toMatchObject({ version: 2, current: { definition: won.definition } });
    const stored = await getConcept(id);
    expect(stored.version).toBe(2);
    expect(await getConceptHistory(id)).toHaveLength(2);
    // Saving again from version 1 later is refused too; from version 2 it goes through.
    expect(
      (await errorOf(updateConcept({ conceptId: id, version: 1, concept: second, termIds, actorId: otherEditor.id })))
        ?.code,
    ).toBe("CONFLICT");
    await updateConcept({
      conceptId: id,
      version: 2,
      concept: { ...won, note: "merged by hand" },
      termIds,
      actorId: otherEditor.id,
    });
    expect((await getConcept(id)).note).toBe("merged by hand");
  });

  it("records what a save changed: fields, added and removed terms; keeps the ids of kept terms", async () => {
    const glossary = await newGlossary();
    const { id } = await createConcept({ glossaryId: glossary.id, concept: astana, actorId: editor.id });
    const loaded = await getConcept(id);
    const edited: Concept = {
      subjectField: "geography",
      definition: "Capital of Kazakhstan",
      terms: [astana.terms[0], { language: "fr", text: "Astana", status: "preferred" }, astana.terms[2]],
    };
    const result = await updateConcept({
      conceptId: id,
      version: 1,
      concept: edited,
      termIds: [loaded.terms[0].id, null, loaded.terms[2].id],
      actorId: editor.id,
    });
    expect(result.changes).toEqual(
      expect.arrayContaining([
        { kind: "termAdded", language: "fr", text: "Astana" },
        { kind: "termRemoved", language: "en", text: "Nur-Sultan" },
      ]),
    );
    const stored = await getConcept(id);
    expect(stored.terms.map((term) => term.text)).toEqual(["Astana", "Astana", "阿斯塔纳"]);
    expect([stored.terms[0].id, stored.terms[2].id]).toEqual([loaded.terms[0].id, loaded.terms[2].id]);
    const history = await getConceptHistory(id);
    expect(history.map((row) => row.kind)).toEqual(["update", "create"]);
    expect(history[0].changes).toEqual(result.changes);
  });

  it("deletes only at the version the editor saw", async () => {
    const db = await getTestDb();
    const glossary = await newGlossary();
    const { id } = await createConcept({ glossaryId: glossary.id, concept: astana, actorId: editor.id });
    await updateConcept({
      conceptId: id,
      version: 1,
      concept: astana,
      termIds: [null, null, null],
      actorId: otherEditor.id,
    });
    expect((await errorOf(deleteConcept({ conceptId: id, version: 1, actorId: editor.id })))?.code).toBe("CONFLICT");
    await deleteConcept({ conceptId: id, version: 2, actorId: editor.id });
    expect((await errorOf(getConcept(id)))?.code).toBe("NOT_FOUND");
    expect(await db.auditLog.findFirst({ where: { action: "concept.delete", targetId: id } })).toMatchObject({
      actorId: editor.id,
    });
  });

  it("searches by folded text, language, status and subject field, sorted and paged", async () => {
    const glossary = await newGlossary();
    await createConcept({ glossaryId: glossary.id, concept: astana, actorId: editor.id });
    await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: {
        subjectField: "diplomacy",
        terms: [
          { language: "fr", text: "Initiative « la Ceinture et la Route »", status: "preferred" },
          { language: "en", text: "Belt and Road Initiative", status: "preferred" },
        ],
      },
    });
    await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: { subjectField: "geography", terms: [{ language: "fr", text: "Asie centrale", status: "preferred" }] },
    });
    const search = (input: Record<string, unknown>) =>
      searchConcepts({
        glossaryId: glossary.id,
        sort: "created",
        direction: "asc",
        page: 1,
        pageSize: 25,
        ...input,
      });
    const firstTerms = (page: Awaited<ReturnType<typeof search>>) => page.entries.map((entry) => entry.terms[0].text);
    expect(firstTerms(await search({ text: "ASIE CENTRALE" }))).toEqual(["Asie centrale"]);
    expect(firstTerms(await search({ text: "nur sultan" }))).toEqual([]);
    expect(firstTerms(await search({ text: "nur-sultan" }))).toEqual(["Astana"]);
    expect(firstTerms(await search({ language: "zh" }))).toEqual(["Astana"]);
    expect(firstTerms(await search({ status: "superseded" }))).toEqual(["Astana"]);
    expect(firstTerms(await search({ language: "fr", status: "superseded" }))).toEqual([]);
    expect(firstTerms(await search({ subjectField: "geography", direction: "desc" }))).toEqual([
      "Asie centrale",
      "Astana",
    ]);
    expect(await search({ pageSize: 2, page: 2 })).toMatchObject({ total: 3, page: 2, pageCount: 2 });
    expect(firstTerms(await search({ pageSize: 2, page: 2 }))).toEqual(["Asie centrale"]);
  });
});

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
    const astronomy = readFileSync(
      path.resolve(
        process.env.CONFORMANCE_DIR ?? "../shared/conformance",
        "tbx/ltac-tbx-basic/Example_Astronomy_DCA_VALID.tbx",
      ),
    );
    const read = readTbx(astronomy);
    expect(read.concepts).toHaveLength(45);
    const source = await newGlossary("Astronomy");
    await applyImport({
      glossaryId: source.id,
      concepts: read.concepts,
      expectedVersion: 1,
      actorId: editor.id,
      origin: "astronomy.tbx",
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
    expect(exported.reduce((sum, concept) => sum + concept.terms.length, 0)).toBe(113);

    const tbx = writeTbx(glossaryHeader(await getGlossary(source.id)), exported);
    const viaTbx = await newGlossary("Astronomy again");
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
    const { suggestCsvMapping } = await import("../../lib/formats/csv/csv-mapping.ts");
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

describe("proposals", () => {
  it("adds an accepted translation to its entry, creates an entry from an accepted new term, and closes a declined one", async () => {
    const db = await getTestDb();
    const glossary = await newGlossary();
    const { id: conceptId } = await createConcept({ glossaryId: glossary.id, concept: astana, actorId: editor.id });
    const translation = await proposeTerm({
      glossaryId: glossary.id,
      conceptId,
      language: "ru",
      text: "Астана",
      authorId: contributor.id,
    });
    const newTerm = await proposeTerm({
      glossaryId: glossary.id,
      language: "en",
      text: "Khorgos",
      definition: "Dry port on the border",
      authorId: contributor.id,
    });
    const declined = await proposeTerm({
      glossaryId: glossary.id,
      conceptId,
      language: "fr",
      text: "Astanah",
      authorId: contributor.id,
    });
    // Nothing reaches the glossary before review.
    expect((await getConcept(conceptId)).terms).toHaveLength(3);

    await reviewProposal({
      proposalId: translation.id,
      decision: "accept",
      text: "Астана",
      status: "preferred",
      reviewerId: editor.id,
    });
    await reviewProposal({
      proposalId: newTerm.id,
      decision: "accept",
      text: "Khorgos Gateway",
      status: "admitted",
      reviewerId: editor.id,
    });
    await reviewProposal({
      proposalId: declined.id,
      decision: "decline",
      reviewNote: "Misspelt",
      reviewerId: editor.id,
    });

    const stored = await getConcept(conceptId);
    expect(stored.terms.map((term) => term.text)).toEqual(["Astana", "Nur-Sultan", "阿斯塔纳", "Астана"]);
    expect((await getConceptHistory(conceptId))[0]).toMatchObject({
      kind: "proposal",
      version: 2,
      changes: [{ kind: "termAdded", language: "ru", text: "Астана" }],
    });
    const created = await db.term.findFirst({
      where: { glossaryId: glossary.id, text: "Khorgos Gateway" },
      select: { status: true, concept: { select: { definition: true } } },
    });
    expect(created).toEqual({ status: "admitted", concept: { definition: "Dry port on the border" } });
    expect(
      await db.termProposal.findUnique({ where: { id: declined.id }, select: { status: true, reviewNote: true } }),
    ).toEqual({ status: "declined", reviewNote: "Misspelt" });
    // Reviewing twice is refused.
    expect(
      (await errorOf(reviewProposal({ proposalId: translation.id, decision: "decline", reviewerId: otherEditor.id })))
        ?.code,
    ).toBe("CONFLICT");
  });

  it("refuses a translation proposed for an entry of another glossary", async () => {
    const [one, two] = [await newGlossary(), await newGlossary()];
    const { id: conceptId } = await createConcept({ glossaryId: one.id, concept: astana, actorId: editor.id });
    expect(
      (
        await errorOf(
          proposeTerm({ glossaryId: two.id, conceptId, language: "ru", text: "Астана", authorId: contributor.id }),
        )
      )?.code,
    ).toBe("NOT_FOUND");
  });
});
