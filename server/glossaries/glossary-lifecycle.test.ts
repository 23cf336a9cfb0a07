// A glossary's life on the real database: it starts as a draft that only editors and admins see, is published to
// readers (their glossary list, the reader's chooser and marks) at once, can be unpublished, and is deleted with
// its entries, history and proposals in one go, after its name is typed, with an audit entry that keeps the name.
import { beforeAll, describe, expect, it } from "vitest";
import type { Concept } from "../../lib/glossary/types.ts";
import { getTestDb } from "../testing/test-db.ts";
import { errorOf } from "../testing/glossary-fixtures.ts";
import { createTestUser, type TestUser } from "../testing/test-users.ts";
import {
  createConceptAction,
  createGlossaryAction,
  deleteGlossaryAction,
  proposeTermAction,
  setGlossaryPublishedAction,
  updateConceptAction,
} from "./actions.ts";
import { getCorpusFingerprint } from "./corpus/queries.ts";
import { createMatcherCache } from "./matcher-cache.ts";
import { createGlossary } from "./mutations.ts";
import { getReadableGlossary, listGlossaries, listGlossaryChoices } from "./queries.ts";
import { getReaderMarks } from "./reader-marks.ts";

let editor: TestUser;
let otherEditor: TestUser;
let contributor: TestUser;
let admin: TestUser;
beforeAll(async () => {
  [editor, otherEditor, contributor, admin] = await Promise.all([
    createTestUser("editor", { label: "lifecycle-editor" }),
    createTestUser("editor", { label: "lifecycle-other-editor" }),
    createTestUser("contributor", { label: "lifecycle-contributor" }),
    createTestUser("admin", { label: "lifecycle-admin" }),
  ]);
});

const silkRoad: Concept = {
  definition: "The overland trade routes between China and Europe",
  terms: [
    { language: "fr", text: "route de la soie", status: "preferred" },
    { language: "en", text: "Silk Road", status: "preferred" },
  ],
};

/** A glossary made through the editor's action (so a draft), with the Silk Road entry. */
async function draftGlossary(by: TestUser = editor) {
  const name = `Lifecycle ${Math.random().toString(36).slice(2, 8)}`;
  const created = await createGlossaryAction.run(by.viewer, { name, languages: ["fr", "en"] });
  if (!created.ok) throw new Error(created.code);
  const concept = await createConceptAction.run(by.viewer, { glossaryId: created.data.id, ...silkRoad });
  if (!concept.ok) throw new Error(concept.code);
  return { id: created.data.id, slug: created.data.slug, name, conceptId: concept.data.id };
}

const choiceIds = async () => (await listGlossaryChoices()).map((choice) => choice.id);

/** The reader's marks of one French sentence, through the chooser's list as the article page reads it. */
async function readerMarks(glossaryId: string, cache = createMatcherCache()) {
  const marks = await getReaderMarks(
    {
      glossaries: (await listGlossaryChoices()).filter((choice) => choice.id === glossaryId),
      original: [{ id: "s1", text: "Le long de la route de la soie.", language: "fr" }],
      translation: [],
      cardLanguages: ["en", "fr"],
      definitionLanguages: ["en"],
    },
    cache,
  );
  return marks.original.get("s1")?.flatMap((piece) => (piece.mark ? [piece.text] : [])) ?? [];
}

const auditOf = async (glossaryId: string) =>
  (await getTestDb()).auditLog.findMany({
    where: { targetType: "glossary", targetId: glossaryId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, actorId: true, details: true },
  });

const publish = (by: TestUser, glossaryId: string, isPublished: boolean) =>
  setGlossaryPublishedAction.run(by.viewer, { glossaryId, isPublished });

describe("a draft glossary", () => {
  it("is listed for editors with its draft flag and for no one else, nor offered to the reader", async () => {
    const glossary = await draftGlossary();
    const forReaders = await listGlossaries({ includeDrafts: false });
    const forEditors = await listGlossaries({ includeDrafts: true });
    expect(forReaders.map((item) => item.id)).not.toContain(glossary.id);
    expect(forEditors.find((item) => item.id === glossary.id)).toMatchObject({ isDraft: true, conceptCount: 1 });
    expect(await choiceIds()).not.toContain(glossary.id);
    expect(await readerMarks(glossary.id)).toEqual([]);
  });

  it("is not found by slug or id for a reader, and found for an editor", async () => {
    const glossary = await draftGlossary();
    for (const idOrSlug of [glossary.id, glossary.slug])
      expect((await errorOf(getReadableGlossary(idOrSlug, { includeDrafts: false })))?.code).toBe("NOT_FOUND");
    expect(await getReadableGlossary(glossary.slug, { includeDrafts: true })).toMatchObject({ isDraft: true });
  });

  it("takes no proposals from a contributor, who cannot see it, until it is published", async () => {
    const glossary = await draftGlossary();
    const proposal = { glossaryId: glossary.id, language: "ru", text: "Шёлковый путь" };
    expect(await proposeTermAction.run(contributor.viewer, proposal)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await (await getTestDb()).termProposal.count({ where: { glossaryId: glossary.id } })).toBe(0);
    // An editor, who sees the draft, may.
    expect((await proposeTermAction.run(otherEditor.viewer, proposal)).ok).toBe(true);
    expect((await publish(editor, glossary.id, true)).ok).toBe(true);
    expect((await proposeTermAction.run(contributor.viewer, proposal)).ok).toBe(true);
  });

  it("made by the seed or a script is a draft unless published on creation", async () => {
    const draft = await createGlossary({ name: "Scripted draft", languages: [], subjectFields: [], actorId: null });
    const now = new Date("2026-01-02T03:04:05Z");
    const published = await createGlossary({
      name: "Scripted published",
      languages: [],
      subjectFields: [],
      actorId: null,
      isPublished: true,
      now,
    });
    const db = await getTestDb();
    expect((await db.glossary.findUniqueOrThrow({ where: { id: draft.id } })).publishedAt).toBeNull();
    expect((await db.glossary.findUniqueOrThrow({ where: { id: published.id } })).publishedAt).toEqual(now);
  });
});

describe("publishing", () => {
  it("shows the glossary to readers at their next page, and unpublishing hides it again, each audited", async () => {
    const glossary = await draftGlossary();
    // One cache across the steps, as the server process keeps it.
    const cache = createMatcherCache();
    expect(await readerMarks(glossary.id, cache)).toEqual([]);

    expect(await publish(otherEditor, glossary.id, true)).toEqual({ ok: true, data: { isPublished: true } });
    expect(await choiceIds()).toContain(glossary.id);
    expect((await listGlossaries({ includeDrafts: false })).find((item) => item.id === glossary.id)).toMatchObject({
      isDraft: false,
    });
    expect(await readerMarks(glossary.id, cache)).toEqual(["route de la soie"]);

    expect(await publish(editor, glossary.id, false)).toEqual({ ok: true, data: { isPublished: false } });
    expect(await choiceIds()).not.toContain(glossary.id);
    expect(await readerMarks(glossary.id, cache)).toEqual([]);

    expect(await auditOf(glossary.id)).toEqual([
      { action: "glossary.create", actorId: editor.id, details: { name: glossary.name } },
      { action: "glossary.publish", actorId: otherEditor.id, details: { name: glossary.name } },
      { action: "glossary.unpublish", actorId: editor.id, details: { name: glossary.name } },
    ]);
  });

  it("does nothing, and audits nothing, when the glossary is already in that state", async () => {
    const glossary = await draftGlossary();
    expect((await publish(editor, glossary.id, false)).ok).toBe(true);
    expect((await publish(editor, glossary.id, true)).ok).toBe(true);
    expect((await publish(editor, glossary.id, true)).ok).toBe(true);
    expect((await auditOf(glossary.id)).map((entry) => entry.action)).toEqual(["glossary.create", "glossary.publish"]);
  });

  it("keeps the glossary's version, so that an import previewed before still applies", async () => {
    const glossary = await draftGlossary();
    const db = await getTestDb();
    const before = (await db.glossary.findUniqueOrThrow({ where: { id: glossary.id } })).version;
    await publish(editor, glossary.id, true);
    expect((await db.glossary.findUniqueOrThrow({ where: { id: glossary.id } })).version).toBe(before);
  });

  it("answers NOT_FOUND for a glossary that does not exist", async () => {
    expect(await publish(editor, "no-such-glossary", true)).toEqual({ ok: false, code: "NOT_FOUND" });
  });
});

describe("deleting", () => {
  /** A published glossary with an entry edited once (two history rows) and a pending proposal. */
  async function glossaryInUse(by: TestUser = editor) {
    const glossary = await draftGlossary(by);
    await publish(by, glossary.id, true);
    const updated = await updateConceptAction.run(by.viewer, {
      conceptId: glossary.conceptId,
      version: 1,
      ...silkRoad,
      terms: [...silkRoad.terms, { language: "zh", text: "丝绸之路", status: "preferred" }],
    });
    if (!updated.ok) throw new Error(updated.code);
    const proposed = await proposeTermAction.run(contributor.viewer, {
      glossaryId: glossary.id,
      conceptId: glossary.conceptId,
      language: "kk",
      text: "Жібек жолы",
    });
    if (!proposed.ok) throw new Error(proposed.code);
    return glossary;
  }

  async function rowsOf(glossaryId: string, conceptId: string) {
    const db = await getTestDb();
    const [glossaries, concepts, terms, history, proposals] = await Promise.all([
      db.glossary.count({ where: { id: glossaryId } }),
      db.concept.count({ where: { glossaryId } }),
      db.term.count({ where: { glossaryId } }),
      db.conceptHistory.count({ where: { conceptId } }),
      db.termProposal.count({ where: { glossaryId } }),
    ]);
    return { glossaries, concepts, terms, history, proposals };
  }

  it("takes the entries, their history and the proposals with it, audited with the name it had", async () => {
    const glossary = await glossaryInUse();
    const cache = createMatcherCache();
    expect(await readerMarks(glossary.id, cache)).toEqual(["route de la soie"]);
    expect(await rowsOf(glossary.id, glossary.conceptId)).toEqual({
      glossaries: 1,
      concepts: 1,
      terms: 3,
      history: 2,
      proposals: 1,
    });
    const fingerprint = await getCorpusFingerprint();

    const result = await deleteGlossaryAction.run(editor.viewer, {
      glossaryId: glossary.id,
      confirmName: ` ${glossary.name} `,
    });
    expect(result).toEqual({ ok: true, data: { name: glossary.name } });
    expect(await rowsOf(glossary.id, glossary.conceptId)).toEqual({
      glossaries: 0,
      concepts: 0,
      terms: 0,
      history: 0,
      proposals: 0,
    });
    expect(await choiceIds()).not.toContain(glossary.id);
    // The same process cache, which still holds the built matcher: the reader no longer gets the marks.
    expect(await readerMarks(glossary.id, cache)).toEqual([]);
    // Term candidates, which leave out terms already in a glossary, are computed again.
    expect(await getCorpusFingerprint()).not.toBe(fingerprint);
    expect((await auditOf(glossary.id)).at(-1)).toEqual({
      action: "glossary.delete",
      actorId: editor.id,
      details: { name: glossary.name, slug: glossary.slug, entries: 1, terms: 3, proposals: 1 },
    });
  });

  it("refuses without the glossary's name typed, and changes nothing", async () => {
    const glossary = await glossaryInUse();
    const before = await rowsOf(glossary.id, glossary.conceptId);
    for (const confirmName of ["", glossary.name.toUpperCase(), `${glossary.name}!`]) {
      expect(await deleteGlossaryAction.run(editor.viewer, { glossaryId: glossary.id, confirmName })).toEqual({
        ok: false,
        code: "INVALID_INPUT",
      });
    }
    expect(await deleteGlossaryAction.run(editor.viewer, { glossaryId: glossary.id })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await rowsOf(glossary.id, glossary.conceptId)).toEqual(before);
    expect((await auditOf(glossary.id)).map((entry) => entry.action)).not.toContain("glossary.delete");
  });

  it("is for the glossary's creator among editors, and for admins", async () => {
    const glossary = await glossaryInUse(editor);
    const input = { glossaryId: glossary.id, confirmName: glossary.name };
    expect(await deleteGlossaryAction.run(otherEditor.viewer, input)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await deleteGlossaryAction.run(contributor.viewer, input)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect((await rowsOf(glossary.id, glossary.conceptId)).glossaries).toBe(1);
    expect((await deleteGlossaryAction.run(admin.viewer, input)).ok).toBe(true);
    expect(await deleteGlossaryAction.run(admin.viewer, input)).toEqual({ ok: false, code: "NOT_FOUND" });
  });

  it("of a glossary without a creator (the seed's) is for admins only", async () => {
    const seedLike = await createGlossary({
      name: "Seed-like",
      languages: ["en"],
      subjectFields: [],
      actorId: null,
      isPublished: true,
    });
    const input = { glossaryId: seedLike.id, confirmName: "Seed-like" };
    expect(await deleteGlossaryAction.run(editor.viewer, input)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect((await deleteGlossaryAction.run(admin.viewer, input)).ok).toBe(true);
  });
});
