// Term candidates on the real database: recurring names of the articles, counted per article, with an example
// sentence; a name some glossary already has is no candidate, and the cached list follows glossary edits.
import { beforeAll, describe, expect, it } from "vitest";
import { importText } from "../../lib/import/import-text.ts";
import { saveImportedArticles } from "../articles/mutations.ts";
import { getTestDb, uniqueSuffix } from "../testing/test-db.ts";
import { createTestUser, type TestUser } from "../testing/test-users.ts";
import { createConcept } from "./concepts/mutations.ts";
import { createGlossary } from "./mutations.ts";
import { dismissTermCandidateAction, restoreTermCandidateAction } from "./actions.ts";
import { listDismissedTermCandidates } from "./candidates/queries.ts";
import { getTermCandidates, loadTermCandidates } from "./term-candidates.ts";

/** A capitalized made-up word of letters only, so that no other test's text contains it. */
function uniqueName() {
  return `V${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

async function importArticle(title: string, sentences: string[]) {
  const db = await getTestDb();
  const [article] = importText(`---\nlanguage: en\n---\n${title} ${uniqueSuffix()}\n\n${sentences.join(" ")}`);
  const { ids } = await saveImportedArticles([article], { origin: "test" });
  return db.article.findUniqueOrThrow({ where: { id: ids[0] }, select: { id: true, slug: true, title: true } });
}

let editor: TestUser;
beforeAll(async () => {
  editor = await createTestUser("editor");
});

describe("term candidates", () => {
  it("ranks recurring names not in any glossary, counts the articles they occur in, and gives an example sentence", async () => {
    const [hub, corridor, once] = [uniqueName(), uniqueName(), uniqueName()];
    const first = await importArticle("Logistics", [
      `The ${hub} Logistics Centre opened on Monday.`,
      `Trucks reached the ${hub} Logistics Centre within hours.`,
      `The ${corridor} Transit Corridor carries grain.`,
    ]);
    await importArticle("Trade", [
      `Exports through the ${hub} Logistics Centre grew.`,
      `The ${corridor} Transit Corridor was extended.`,
      `The ${once} Free Zone is new.`,
    ]);
    const glossary = await createGlossary({
      name: `Candidates ${uniqueSuffix()}`,
      languages: ["en"],
      subjectFields: [],
      actorId: editor.id,
    });
    await createConcept({
      glossaryId: glossary.id,
      concept: { terms: [{ language: "en", text: `${corridor} Transit Corridor`, status: "forbidden" }] },
      actorId: editor.id,
    });

    const candidates = await loadTermCandidates({ limit: 100_000 });
    const found = candidates.find((candidate) => candidate.text === `${hub} Logistics Centre`);
    expect(found).toMatchObject({ language: "en", count: 3, documents: 2, kind: "name" });
    expect(found?.example).toMatchObject({ language: "en", articleSlug: first.slug, articleTitle: first.title });
    expect(found?.example?.text.slice(found.example.start, found.example.end)).toBe(`${hub} Logistics Centre`);
    const texts = candidates.map((candidate) => candidate.text);
    expect(texts.filter((text) => text.includes(corridor))).toEqual([]);
    expect(texts.filter((text) => text.includes(once))).toEqual([]);
    expect(await loadTermCandidates({ limit: 1 })).toHaveLength(1);
    expect(
      (await loadTermCandidates({ limit: 100_000, minCount: 4 })).map((candidate) => candidate.text),
    ).not.toContain(`${hub} Logistics Centre`);
  });

  it("computes the list again when a glossary gains the candidate", async () => {
    const port = uniqueName();
    const sentences = [`The ${port} Dry Port handles containers.`, `The ${port} Dry Port is busy.`];
    await importArticle("Ports", sentences);
    await importArticle("Ports again", sentences);
    const before = await getTermCandidates();
    expect(await getTermCandidates()).toBe(before);
    const glossary = await createGlossary({
      name: `Candidates ${uniqueSuffix()}`,
      languages: ["en"],
      subjectFields: [],
      actorId: editor.id,
    });
    await createConcept({
      glossaryId: glossary.id,
      concept: { terms: [{ language: "en", text: `${port} Dry Port`, status: "preferred" }] },
      actorId: editor.id,
    });
    const after = await getTermCandidates();
    expect(after).not.toBe(before);
    expect(after.map((candidate) => candidate.text)).not.toContain(`${port} Dry Port`);
    expect((await loadTermCandidates({ limit: 100_000 })).map((candidate) => candidate.text)).not.toContain(
      `${port} Dry Port`,
    );
  });

  it("leaves out a candidate an editor dismissed, for every glossary, until an editor restores it; both audited", async () => {
    const db = await getTestDb();
    const bridge = uniqueName();
    const sentences = [`The ${bridge} Border Bridge reopened.`, `Lorries crossed the ${bridge} Border Bridge.`];
    await importArticle("Bridges", sentences);
    const texts = async () => (await loadTermCandidates({ limit: 100_000 })).map((candidate) => candidate.text);
    const candidate = (await loadTermCandidates({ limit: 100_000 })).find(
      (item) => item.text === `${bridge} Border Bridge`,
    );
    const cached = await getTermCandidates();
    expect(candidate).toMatchObject({ language: "en", key: `${bridge.toLowerCase()} border bridge` });
    const input = { language: candidate!.language, key: candidate!.key, text: candidate!.text };

    const reader = await createTestUser("reader");
    expect(await dismissTermCandidateAction.run(reader.viewer, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await texts()).toContain(`${bridge} Border Bridge`);

    const dismissed = await dismissTermCandidateAction.run(editor.viewer, input);
    expect(dismissed.ok).toBe(true);
    expect(await texts()).not.toContain(`${bridge} Border Bridge`);
    // The cached list is made again: the dismissals are part of its key.
    expect(await getTermCandidates()).not.toBe(cached);
    expect(await dismissTermCandidateAction.run(editor.viewer, input)).toEqual(dismissed);
    const [row] = (await listDismissedTermCandidates()).filter((item) => item.text === input.text);
    expect(row).toMatchObject({ language: "en", key: input.key, dismissedBy: { name: editor.name } });
    expect(await db.auditLog.findFirst({ where: { action: "termCandidate.dismiss", targetId: row.id } })).toMatchObject(
      { actorId: editor.id, targetType: "termCandidate", targetLabel: input.text },
    );

    const restored = await restoreTermCandidateAction.run(editor.viewer, { dismissalId: row.id });
    expect(restored.ok).toBe(true);
    expect(await texts()).toContain(`${bridge} Border Bridge`);
    expect(await db.auditLog.count({ where: { action: "termCandidate.restore", targetId: row.id } })).toBe(1);
    expect(await restoreTermCandidateAction.run(editor.viewer, { dismissalId: row.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
