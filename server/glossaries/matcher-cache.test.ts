// The reader's matcher cache on the real database: built once per glossary version, rebuilt after an edit (the
// version moved), shared by concurrent requests, bounded; and the reader's marks with cards for found concepts only.
import { beforeAll, describe, expect, it } from "vitest";
import { matchTerms } from "../../lib/glossary/match-terms.ts";
import type { Concept } from "../../lib/glossary/types.ts";
import { getTestDb, uniqueSuffix } from "../testing/test-db.ts";
import { createTestUser, type TestUser } from "../testing/test-users.ts";
import { createMatcherCache } from "./matcher-cache.ts";
import { createConcept, deleteConcept, updateConcept } from "./concepts/mutations.ts";
import { createGlossary } from "./mutations.ts";
import { getConcept } from "./concepts/queries.ts";
import { getGlossaryVersions, listGlossaryChoices } from "./queries.ts";
import { getReaderMarks } from "./reader-marks.ts";

let editor: TestUser;
beforeAll(async () => {
  editor = await createTestUser("editor");
});

const centralAsia: Concept = {
  definition: "The five former Soviet republics of Central Asia",
  perLanguage: { fr: { definition: "Les cinq républiques d’Asie centrale" } },
  terms: [
    { language: "fr", text: "Asie centrale", status: "preferred" },
    { language: "en", text: "Central Asia", status: "preferred" },
    { language: "zh", text: "中亚", status: "preferred" },
    { language: "ru", text: "Средняя Азия", status: "deprecated" },
  ],
};

async function glossaryWith(...concepts: Concept[]) {
  const glossary = await createGlossary({
    name: `Cache test ${uniqueSuffix()}`,
    languages: ["fr", "en", "zh"],
    subjectFields: [],
    actorId: editor.id,
    isPublished: true,
  });
  const ids: string[] = [];
  for (const concept of concepts)
    ids.push((await createConcept({ glossaryId: glossary.id, concept, actorId: editor.id })).id);
  return { glossaryId: glossary.id, conceptIds: ids };
}

const hitTexts = (matcher: { index: Parameters<typeof matchTerms>[0] }, text: string, language: string) =>
  matchTerms(matcher.index, text, language).map((hit) => hit.matched);

describe("matcher cache", () => {
  it("reuses the built index while the version holds, and rebuilds one that matches the edited term", async () => {
    const { glossaryId, conceptIds } = await glossaryWith(centralAsia);
    const cache = createMatcherCache();
    const [first] = await cache.getMatchers([glossaryId]);
    const [again] = await cache.getMatchers([glossaryId]);
    expect(again).toBe(first);
    expect(cache.stats().builds).toBe(1);
    expect(hitTexts(first, "les pays d'Asie centrale", "fr")).toEqual(["Asie centrale"]);
    expect([...first.terms.values()].map((term) => term.status).sort()).toEqual([
      "deprecated",
      "preferred",
      "preferred",
      "preferred",
    ]);
    expect(new Set([...first.terms.values()].map((term) => term.conceptId))).toEqual(new Set(conceptIds));

    const stored = await getConcept(conceptIds[0]);
    await updateConcept({
      conceptId: stored.id,
      version: stored.version,
      concept: {
        ...centralAsia,
        terms: [{ language: "fr", text: "Asie du Centre", status: "preferred" }, ...centralAsia.terms.slice(1)],
      },
      termIds: stored.terms.map((term) => term.id),
      actorId: editor.id,
    });
    const [rebuilt] = await cache.getMatchers([glossaryId]);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.version).toBeGreaterThan(first.version);
    expect(cache.stats().builds).toBe(2);
    expect(hitTexts(rebuilt, "l'Asie du Centre, pas l'Asie centrale", "fr")).toEqual(["Asie du Centre"]);
    expect((await cache.getMatchers([glossaryId]))[0]).toBe(rebuilt);
  });

  it("shares one build between concurrent requests", async () => {
    const { glossaryId } = await glossaryWith(centralAsia);
    const cache = createMatcherCache();
    const versions = await getGlossaryVersions([glossaryId]);
    const glossaries = [{ id: glossaryId, version: versions.get(glossaryId)! }];
    const [a, b] = await Promise.all([cache.matchersFor(glossaries), cache.matchersFor(glossaries)]);
    expect(a[0]).toBe(b[0]);
    expect(cache.stats().builds).toBe(1);
  });

  it("keeps at most `capacity` glossaries, dropping the least recently used", async () => {
    const [g1, g2, g3] = await Promise.all([
      glossaryWith(centralAsia),
      glossaryWith(centralAsia),
      glossaryWith(centralAsia),
    ]);
    const cache = createMatcherCache({ capacity: 2 });
    await cache.getMatchers([g1.glossaryId, g2.glossaryId]);
    await cache.getMatchers([g1.glossaryId]);
    await cache.getMatchers([g3.glossaryId]);
    expect(cache.stats()).toEqual({ size: 2, builds: 3 });
    await cache.getMatchers([g1.glossaryId]);
    expect(cache.stats().builds).toBe(3);
    await cache.getMatchers([g2.glossaryId]);
    expect(cache.stats().builds).toBe(4);
  });

  it("leaves out a glossary that no longer exists", async () => {
    const db = await getTestDb();
    const { glossaryId } = await glossaryWith(centralAsia);
    const cache = createMatcherCache();
    expect(await cache.getMatchers([glossaryId, "no-such-glossary"])).toHaveLength(1);
    await db.glossary.delete({ where: { id: glossaryId } });
    expect(await cache.matchersFor([{ id: glossaryId, version: 99 }])).toEqual([]);
    expect(cache.stats().size).toBe(0);
  });
});

describe("getReaderMarks", () => {
  it("marks both columns and sends the cards of the concepts found, and only those", async () => {
    const astana: Concept = {
      terms: [
        { language: "fr", text: "Astana", status: "preferred" },
        { language: "en", text: "Astana", status: "preferred" },
      ],
    };
    const { glossaryId, conceptIds } = await glossaryWith(centralAsia, astana);
    const glossaries = (await listGlossaryChoices()).filter((choice) => choice.id === glossaryId);
    const marks = await getReaderMarks(
      {
        glossaries,
        original: [
          { id: "s1", text: "Les pays d’Asie centrale.", language: "fr" },
          { id: "s2", text: "Rien ici.", language: "fr" },
        ],
        translation: [{ id: "s1", text: "Central Asian countries and Central Asia.", language: "en" }],
        cardLanguages: ["en", "fr"],
        definitionLanguages: ["en", "fr"],
      },
      createMatcherCache(),
    );
    expect([...marks.original.keys()]).toEqual(["s1"]);
    expect(marks.original.get("s1")?.find((piece) => piece.mark)).toEqual({
      text: "Asie centrale",
      mark: { conceptIds: [conceptIds[0]], status: "preferred" },
    });
    expect(
      marks.translation
        .get("s1")
        ?.filter((piece) => piece.mark)
        .map((piece) => piece.text),
    ).toEqual(["Central Asia"]);
    expect(marks.cards).toHaveLength(1);
    expect(marks.cards[0]).toMatchObject({
      conceptId: conceptIds[0],
      definition: { text: "The five former Soviet republics of Central Asia", language: null },
      terms: [
        { language: "fr", text: "Asie centrale" },
        { language: "en", text: "Central Asia" },
      ],
    });
  });

  it("drops a mark whose concept was deleted after its matcher was built", async () => {
    const { glossaryId, conceptIds } = await glossaryWith(centralAsia);
    const cache = createMatcherCache();
    const glossaries = (await listGlossaryChoices()).filter((choice) => choice.id === glossaryId);
    const input = {
      glossaries,
      original: [{ id: "s1", text: "l'Asie centrale", language: "fr" }],
      translation: [],
      cardLanguages: ["en"],
      definitionLanguages: ["en"],
    };
    await cache.matchersFor(glossaries);
    await deleteConcept({ conceptId: conceptIds[0], version: 1, actorId: editor.id });
    // The versions read before the delete: the cached matcher still finds the term, but its card is gone.
    const marks = await getReaderMarks(input, cache);
    expect(marks.cards).toEqual([]);
    expect(marks.original.get("s1")).toEqual([{ text: "l'Asie centrale" }]);
  });

  it("keeps the cards with the glossary version and reads them again after an edit", async () => {
    const { glossaryId, conceptIds } = await glossaryWith(centralAsia);
    const cache = createMatcherCache();
    const input = async () => ({
      glossaries: (await listGlossaryChoices()).filter((choice) => choice.id === glossaryId),
      original: [{ id: "s1", text: "l'Asie centrale", language: "fr" }],
      translation: [],
      cardLanguages: ["en"],
      definitionLanguages: ["en"],
    });
    const before = await getReaderMarks(await input(), cache);
    const [matcher] = await cache.getMatchers([glossaryId]);
    expect([...matcher.cardRows.keys()]).toEqual(conceptIds);
    expect((await getReaderMarks(await input(), cache)).cards).toEqual(before.cards);

    const stored = await getConcept(conceptIds[0]);
    await updateConcept({
      conceptId: stored.id,
      version: stored.version,
      concept: { ...centralAsia, definition: "Edited definition" },
      termIds: stored.terms.map((term) => term.id),
      actorId: editor.id,
    });
    expect((await getReaderMarks(await input(), cache)).cards[0].definition).toEqual({
      text: "Edited definition",
      language: null,
    });
  });

  it("does nothing without glossaries", async () => {
    const marks = await getReaderMarks({
      glossaries: [],
      original: [{ id: "s", text: "Asie centrale", language: "fr" }],
      translation: [],
      cardLanguages: [],
      definitionLanguages: [],
    });
    expect(marks.original.size).toBe(0);
  });
});
