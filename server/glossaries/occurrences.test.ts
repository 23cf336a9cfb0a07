// Occurrences of an entry's terms on the real database: articles go in through the importer, the entry through
// the glossary mutations, and the scan pages through every segment of the (shared) test database.
import { beforeAll, describe, expect, it } from "vitest";
import { importText } from "../../lib/import/import-text.ts";
import { saveImportedArticles } from "../articles/mutations.ts";
import { getTestDb, uniqueSuffix } from "../testing/test-db.ts";
import { createTestUser, type TestUser } from "../testing/test-users.ts";
import { createConcept } from "./concepts/mutations.ts";
import { createGlossary } from "./mutations.ts";
import { findConceptOccurrences, getConceptOccurrences } from "./occurrences.ts";

/** A made-up word of letters only, so that no other test's text contains it. */
function uniqueWord() {
  const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  return `Q${letters}`;
}

async function importArticle(text: string, language: string) {
  const db = await getTestDb();
  const [article] = importText(`---\nlanguage: ${language}\n---\n${text}`);
  const { ids } = await saveImportedArticles([article], { origin: "test" });
  return db.article.findUniqueOrThrow({ where: { id: ids[0] }, select: { id: true, slug: true, title: true } });
}

let editor: TestUser;
beforeAll(async () => {
  editor = await createTestUser("editor");
});

describe("findConceptOccurrences", () => {
  it("counts every term's hits per article, with the first sentence each occurs in, in any language of the entry", async () => {
    const db = await getTestDb();
    const name = uniqueWord();
    const glossary = await createGlossary({
      name: `Occurrences ${uniqueSuffix()}`,
      languages: ["en", "fr"],
      subjectFields: [],
      actorId: editor.id,
    });
    const { id } = await createConcept({
      glossaryId: glossary.id,
      concept: {
        terms: [
          { language: "en", text: `${name} Corridor`, status: "preferred" },
          { language: "fr", text: `corridor de ${name}`, status: "preferred" },
          { language: "zh", text: `${name}走廊`, status: "admitted" },
        ],
      },
      actorId: editor.id,
    });
    const english = await importArticle(
      [
        `Trade news ${uniqueSuffix()}`,
        "",
        "Ministers met on Monday in the capital. They talked about the weather.",
        "",
        `The ${name} corridor opened in May. Traffic on the ${name} Corridor doubled. Nothing else changed.`,
        "",
        `Officials expect the ${name} Corridor's traffic to grow.`,
      ].join("\n"),
      "en",
    );
    const french = await importArticle(
      [
        `Les routes ${uniqueSuffix()}`,
        "",
        `Les corridors de ${name} relient les deux pays. Le commerce progresse.`,
      ].join("\n"),
      "fr",
    );
    await importArticle(
      [`Nothing here ${uniqueSuffix()}`, "", `The ${name}s are a family. Corridors are long.`].join("\n"),
      "en",
    );

    const firstEnglish = await db.segment.findFirstOrThrow({
      where: { articleId: english.id, text: { contains: "opened in May" } },
    });
    const expected = {
      total: 4,
      articles: [
        {
          articleId: english.id,
          slug: english.slug,
          count: 3,
          firstSegment: { id: firstEnglish.id, position: firstEnglish.position },
        },
        { articleId: french.id, slug: french.slug, count: 1 },
      ],
    };
    const result = await findConceptOccurrences(id);
    expect(result).toMatchObject(expected);
    expect(result.articles).toHaveLength(2);
    // Paging through the segments a few at a time gives the same answer.
    expect(await findConceptOccurrences(id, { pageSize: 3 })).toEqual(result);
  });

  it("finds nothing for an entry whose terms occur nowhere, and nothing for an entry without terms", async () => {
    const glossary = await createGlossary({
      name: `Occurrences ${uniqueSuffix()}`,
      languages: ["en"],
      subjectFields: [],
      actorId: editor.id,
    });
    const { id } = await createConcept({
      glossaryId: glossary.id,
      concept: { terms: [{ language: "en", text: `${uniqueWord()} Bridge`, status: "preferred" }] },
      actorId: editor.id,
    });
    expect(await findConceptOccurrences(id)).toEqual({ total: 0, articles: [] });
    expect(await findConceptOccurrences("no-such-concept")).toEqual({ total: 0, articles: [] });
  });

  it("keeps a scan until the articles or the entry's terms change", async () => {
    const name = uniqueWord();
    const glossary = await createGlossary({
      name: `Occurrences ${uniqueSuffix()}`,
      languages: ["en"],
      subjectFields: [],
      actorId: editor.id,
    });
    const { id } = await createConcept({
      glossaryId: glossary.id,
      concept: { terms: [{ language: "en", text: `${name} Pass`, status: "preferred" }] },
      actorId: editor.id,
    });
    await importArticle([`Mountains ${uniqueSuffix()}`, "", `The ${name} Pass is high.`].join("\n"), "en");
    const first = await getConceptOccurrences(id);
    expect(first.total).toBe(1);
    expect(await getConceptOccurrences(id)).toBe(first);
    await importArticle([`Roads ${uniqueSuffix()}`, "", `Trucks cross the ${name} Pass daily.`].join("\n"), "en");
    const second = await getConceptOccurrences(id);
    expect(second).toMatchObject({ total: 2 });
    expect(second.articles).toHaveLength(2);
  });
});
