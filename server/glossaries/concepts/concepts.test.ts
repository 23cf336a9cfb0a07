// Entry writes on the real database: history and audit with every change, the version conflict between two
// editors, deletes at the version seen, and the editor's search.
import { beforeAll, describe, expect, it } from "vitest";
import type { Concept } from "../../../lib/glossary/types.ts";
import { knownError } from "../../errors.ts";
import { getTestDb } from "../../testing/test-db.ts";
import { astanaConcept as astana, createTestGlossary, errorOf } from "../../testing/glossary-fixtures.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";
import { createConceptAction } from "../actions.ts";
import { createConcept, deleteConcept, updateConcept } from "../concepts/mutations.ts";
import { getConcept, getConceptHistory, searchConcepts } from "../concepts/queries.ts";
import { getGlossary } from "../queries.ts";

let editor: TestUser;
let otherEditor: TestUser;

beforeAll(async () => {
  [editor, otherEditor] = await Promise.all([createTestUser("editor"), createTestUser("editor", { label: "other" })]);
});

const newGlossary = (name?: string) => createTestGlossary(editor.id, name);

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

describe("per-language keys from the entry form", () => {
  it("stores them canonical, and refuses a key that is no language tag with nothing stored", async () => {
    const db = await getTestDb();
    const glossary = await newGlossary();
    const terms = [{ language: "en", text: "Silk Road", status: "preferred" as const }];

    const hostile = await createConceptAction.run(editor.viewer, {
      glossaryId: glossary.id,
      terms,
      perLanguage: { '"><script>alert(1)</script>': { definition: "x" } },
    });
    expect(hostile).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(hostile.ok ? [] : hostile.fields?.map((field) => field.path)).toEqual([
      'perLanguage."><script>alert(1)</script>',
    ]);
    expect(await db.concept.count({ where: { glossaryId: glossary.id } })).toBe(0);

    const created = await createConceptAction.run(editor.viewer, {
      glossaryId: glossary.id,
      terms,
      perLanguage: { "ZH-hans": { definition: "丝绸之路" } },
    });
    expect(created.ok).toBe(true);
    const [stored] = await db.concept.findMany({ where: { glossaryId: glossary.id }, select: { perLanguage: true } });
    expect(stored?.perLanguage).toEqual({ "zh-Hans": { definition: "丝绸之路" } });
  });
});
