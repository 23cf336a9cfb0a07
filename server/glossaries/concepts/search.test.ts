// The entries search on the real database: the query folded as the index is, definitions and notes matched folded
// too (the stored searchText), kept in step by every write, and filled for rows stored before it existed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readTbx } from "../../../lib/formats/tbx/read-tbx.ts";
import { getTestDb } from "../../testing/test-db.ts";
import { createTestGlossary } from "../../testing/glossary-fixtures.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";
import { applyImport } from "../imports/mutations.ts";
import { getGlossary } from "../queries.ts";
import { backfillConceptSearchText, createConcept, updateConcept } from "./mutations.ts";
import { getConcept, searchConcepts } from "./queries.ts";

let editor: TestUser;
beforeAll(async () => {
  editor = await createTestUser("editor");
});

const search = (glossaryId: string, text: string) =>
  searchConcepts({ glossaryId, text, sort: "created", direction: "asc", page: 1, pageSize: 100 });
const firstTerms = (page: Awaited<ReturnType<typeof search>>) => page.entries.map((entry) => entry.terms[0].text);

describe("entries search, folded", () => {
  it("finds the same entries of the starter glossary for “coopération”, “cooperation” and “COOPERATION”", async () => {
    const file = readFileSync(path.resolve(import.meta.dirname, "../../../seed/glossary/china-central-asia.tbx"));
    const glossary = await createTestGlossary(editor.id, "Starter copy");
    await applyImport({
      glossaryId: glossary.id,
      concepts: readTbx(file).concepts,
      expectedVersion: (await getGlossary(glossary.id)).version,
      actorId: editor.id,
      origin: "china-central-asia.tbx",
    });
    const plain = await search(glossary.id, "cooperation");
    // English definitions say "cooperation", French terms "coopération": the accented query used to miss the former.
    expect(plain.total).toBeGreaterThan(5);
    expect((await search(glossary.id, "coopération")).entries).toEqual(plain.entries);
    expect((await search(glossary.id, "COOPÉRATION")).entries).toEqual(plain.entries);
  });

  it("matches definitions and notes, the entry's own and each language's, whatever their accents and case", async () => {
    const glossary = await createTestGlossary(editor.id);
    await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: {
        definition: "Coopération régionale entre États",
        perLanguage: { ru: { note: "Ёмкий термин" } },
        terms: [{ language: "fr", text: "OCS", status: "preferred" }],
      },
    });
    await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: { note: "L’Asie centrale", terms: [{ language: "fr", text: "Asie", status: "preferred" }] },
    });
    expect(firstTerms(await search(glossary.id, "cooperation regionale"))).toEqual(["OCS"]);
    expect(firstTerms(await search(glossary.id, "ETATS"))).toEqual(["OCS"]);
    expect(firstTerms(await search(glossary.id, "емкий"))).toEqual(["OCS"]);
    expect(firstTerms(await search(glossary.id, "l'asie"))).toEqual(["Asie"]);
    // A query never spans two fields (the definition's end and the note's start).
    expect(firstTerms(await search(glossary.id, "etats emkii"))).toEqual([]);
  });

  it("follows an editor's save, keeping the per-language notes the form does not show", async () => {
    const glossary = await createTestGlossary(editor.id);
    const { id } = await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: {
        definition: "Première définition",
        perLanguage: { fr: { note: "Note française" } },
        terms: [{ language: "fr", text: "Terme", status: "preferred" }],
      },
    });
    const stored = await getConcept(id);
    await updateConcept({
      conceptId: id,
      version: stored.version,
      actorId: editor.id,
      termIds: stored.terms.map((term) => term.id),
      concept: { definition: "Définition révisée", terms: [{ language: "fr", text: "Terme", status: "preferred" }] },
    });
    expect(firstTerms(await search(glossary.id, "premiere"))).toEqual([]);
    expect(firstTerms(await search(glossary.id, "revisee"))).toEqual(["Terme"]);
    expect(firstTerms(await search(glossary.id, "note francaise"))).toEqual(["Terme"]);
  });

  it("folds, at setup, the entries stored before the search kept their text, without touching their update time", async () => {
    const db = await getTestDb();
    const glossary = await createTestGlossary(editor.id);
    const { id } = await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: { definition: "Économie", terms: [{ language: "fr", text: "Économie", status: "preferred" }] },
    });
    await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: { terms: [{ language: "fr", text: "Nu", status: "preferred" }] },
    });
    // As the migration leaves rows written before it.
    await db.concept.updateMany({ where: { glossaryId: glossary.id }, data: { searchText: null } });
    const before = await db.concept.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    expect(await backfillConceptSearchText(1)).toBeGreaterThanOrEqual(2);
    expect(await db.concept.count({ where: { searchText: null } })).toBe(0);
    expect(
      await db.concept.findUniqueOrThrow({ where: { id }, select: { searchText: true, updatedAt: true } }),
    ).toEqual({
      searchText: "economie",
      updatedAt: before.updatedAt,
    });
    expect(await backfillConceptSearchText()).toBe(0);
  });
});
