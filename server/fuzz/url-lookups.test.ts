// The lookups pages make with a URL's text (/en/articles/a%00): text no row can hold is "not found",
// on PostgreSQL too, which refuses NUL in a query.
import { describe, expect, it } from "vitest";
import { findArticle, findArticleId } from "../articles/queries.ts";
import { getConcept } from "../glossaries/concepts/queries.ts";
import { getGlossary } from "../glossaries/queries.ts";
import { errorOf } from "../testing/glossary-fixtures.ts";

describe.each(["a\u0000", "\u0000", "a\ud800"])("a lookup by %j", (text) => {
  it("finds no article", async () => {
    expect(await findArticle(text)).toBeNull();
    expect(await findArticleId(text)).toBeNull();
  });

  it("finds no glossary and no entry", async () => {
    expect((await errorOf(getGlossary(text)))?.code).toBe("NOT_FOUND");
    expect((await errorOf(getConcept(text)))?.code).toBe("NOT_FOUND");
  });
});
