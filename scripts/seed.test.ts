// The first-start seed against the real test database: the corpus goes through the importer,
// every sentence of the demo articles gets its demo translation, and seeding twice adds nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { getTestDb } from "../server/testing/test-db.ts";
import type { Db } from "../server/db.ts";
import { seedDatabase, type SeedReport } from "./seed.ts";

let db: Db;
let first: SeedReport;

beforeAll(async () => {
  db = await getTestDb();
  first = await seedDatabase({ withDemo: true });
});

describe("seedDatabase", () => {
  it("imports six articles from the five seed files (one holds two items)", async () => {
    expect(first.articles.created + first.articles.existing).toBe(6);
    const origins = await db.article.findMany({
      where: { origin: { startsWith: "seed/corpus/" } },
      select: { origin: true },
    });
    expect(new Set(origins.map((a) => a.origin)).size).toBe(5);
  });

  it("translates every sentence of the demo articles and uses every demo pair", () => {
    expect(first.demo.map((d) => `${d.file}`)).toEqual([
      "002_6fb63ed73c7fcc78.fr.json",
      "002_6fb63ed73c7fcc78.ru.json",
      "003_8d1a7445dcdafbbb.en.json",
      "003_8d1a7445dcdafbbb.zh.json",
    ]);
    for (const demo of first.demo)
      expect({ file: demo.file, missing: demo.missing, unused: demo.unused }).toEqual({
        file: demo.file,
        missing: 0,
        unused: 0,
      });
  });

  it("marks demo translations as demo content by the demo contributor", async () => {
    const demo = await db.translation.findMany({
      where: { isDemo: true },
      select: { author: { select: { name: true, role: true } } },
    });
    expect(demo.length).toBeGreaterThan(40);
    expect(new Set(demo.map((t) => `${t.author.name}/${t.author.role}`))).toEqual(
      new Set(["Demo contributor/contributor"]),
    );
  });

  it("imports the starter glossary as a published demo glossary of at least 40 entries in en, fr, zh and ru", async () => {
    expect(first.glossaries.map((glossary) => glossary.existing)).toEqual([false]);
    const glossary = await db.glossary.findFirstOrThrow({
      where: { isDemo: true },
      select: { id: true, publishedAt: true, _count: { select: { concepts: true } } },
    });
    expect(glossary._count.concepts).toBeGreaterThanOrEqual(40);
    // Readers see it from the first start: a draft would be invisible to them.
    expect(glossary.publishedAt).toBeInstanceOf(Date);
    const languages = await db.term.findMany({
      where: { glossaryId: glossary.id },
      distinct: ["language"],
      select: { language: true },
    });
    expect(languages.map((row) => row.language)).toEqual(expect.arrayContaining(["en", "fr", "zh", "ru"]));
  });

  it("adds nothing when run again", async () => {
    const before = {
      articles: await db.article.count(),
      segments: await db.segment.count(),
      translations: await db.translation.count(),
      concepts: await db.concept.count(),
    };
    const again = await seedDatabase({ withDemo: true });
    expect(again.articles.created).toBe(0);
    expect(again.demo.every((d) => d.added === 0)).toBe(true);
    expect(again.glossaries.every((glossary) => glossary.existing)).toBe(true);
    expect({
      articles: await db.article.count(),
      segments: await db.segment.count(),
      translations: await db.translation.count(),
      concepts: await db.concept.count(),
    }).toEqual(before);
  });
});
