// The public API through its real route handlers and a real database (SQLite, or PostgreSQL with
// TEST_DATABASE_URL): shapes, counts, filters, and the error contract.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { saveImportedArticles } from "../articles/mutations.ts";
import { getTestDb, uniqueSuffix } from "../testing/test-db.ts";
import { addTranslations } from "../translations/mutations.ts";
import { withRoute } from "./with-route.ts";

const { GET: listArticles } = await import("../../app/api/v1/articles/route.ts");
const { GET: getArticle } = await import("../../app/api/v1/articles/[idOrSlug]/route.ts");
const { GET: getTranslations } = await import("../../app/api/v1/articles/[idOrSlug]/translations/[lang]/route.ts");

const call = (handler: typeof getArticle, path: string, params: Record<string, string> = {}) =>
  handler(new NextRequest(`http://localhost/api/v1${path}`), { params: Promise.resolve(params) });

/** A French article of two paragraphs ([s0, s1], [s2]), unique to the calling test. */
async function createArticle(options: { language?: string; publishedAt?: string | null } = {}) {
  const db = await getTestDb();
  const suffix = uniqueSuffix();
  const language = options.language ?? "fr";
  const segment = (text: string) => ({ text: `${text} ${suffix}`, language, hash: `hash-${text}-${suffix}` });
  const { ids } = await saveImportedArticles([
    {
      title: `Article ${suffix}`,
      language,
      source: "Test source",
      author: null,
      publishedAt: options.publishedAt === undefined ? "2025-05-30" : options.publishedAt,
      paragraphs: [{ segments: [segment("Un."), segment("Deux.")] }, { segments: [segment("Trois.")] }],
      contentHash: `content-${suffix}`,
      slug: `article-${suffix}`,
    },
  ]);
  const segments = await db.segment.findMany({ where: { articleId: ids[0] }, orderBy: { position: "asc" } });
  return { id: ids[0], slug: `article-${suffix}`, suffix, segments };
}

async function createUser() {
  const db = await getTestDb();
  return db.user.create({ data: { name: "Translator", email: `api-${uniqueSuffix()}@test.invalid` } });
}

/**
 * Into English: s0 approved (plus a newer proposal by someone else), s1 proposed, s2 rejected only.
 * Into German: s2 proposed.
 */
async function createTranslatedArticle() {
  const db = await getTestDb();
  const article = await createArticle();
  const [s0, s1, s2] = article.segments;
  const [first, second] = [await createUser(), await createUser()];
  const translate = (authorId: string, language: string, pairs: [string, string][]) =>
    addTranslations({ language, authorId, translations: pairs.map(([segmentId, text]) => ({ segmentId, text })) });
  await translate(first.id, "en", [
    [s0.id, "One."],
    [s1.id, "Two."],
    [s2.id, "Three?"],
  ]);
  await db.translation.updateMany({ where: { segmentId: s0.id }, data: { status: "approved" } });
  await db.translation.updateMany({ where: { segmentId: s2.id }, data: { status: "rejected" } });
  await translate(second.id, "en", [[s0.id, "Number one."]]);
  await translate(second.id, "de", [[s2.id, "Drei."]]);
  return article;
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const text = await response.text();
  // No stack frames, file paths or error class names in what a client receives.
  expect(text).not.toMatch(/\n[^\S\n]+at |\.tsx?:\d+|Error:|node_modules/);
  const body = JSON.parse(text);
  expect(body.error.code).toBe(code);
  return body as {
    error: { code: string; message: string; details?: { path: (string | number)[]; message: string }[] };
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("GET /api/v1/articles", () => {
  it("lists articles with segment counts and translation progress (rejected rows not counted)", async () => {
    const article = await createTranslatedArticle();
    const response = await call(listArticles, "/articles");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { items } = await response.json();
    expect(items.find((item: { id: string }) => item.id === article.id)).toEqual({
      id: article.id,
      slug: article.slug,
      title: `Article ${article.suffix}`,
      language: "fr",
      source: "Test source",
      author: null,
      publishedAt: "2025-05-30T00:00:00.000Z",
      segmentCount: 3,
      translations: { en: { translated: 2, approved: 1 }, de: { translated: 1, approved: 0 } },
    });
  });

  it("filters by a language given in any case, and serializes an unknown date as null", async () => {
    const kazakh = await createArticle({ language: "kk", publishedAt: null });
    const french = await createArticle({ language: "fr" });
    const { items } = await (await call(listArticles, "/articles?language=KK")).json();
    const ids = items.map((item: { id: string }) => item.id);
    expect(ids).toContain(kazakh.id);
    expect(ids).not.toContain(french.id);
    expect(items.every((item: { language: string }) => item.language === "kk")).toBe(true);
    expect(items.find((item: { id: string }) => item.id === kazakh.id).publishedAt).toBeNull();
  });

  it.each(["english", "f", "fr_FR", "en-12", "x".repeat(40)])("answers 400 for language=%s", async (language) => {
    const body = await expectError(await call(listArticles, `/articles?language=${language}`), 400, "INVALID_INPUT");
    expect(body.error.message).toContain("query.language");
    expect(body.error.details?.[0].path).toEqual(["query", "language"]);
  });
});

describe("GET /api/v1/articles/{idOrSlug}", () => {
  it("returns the same article by id and by slug, paragraphs and segments in reading order", async () => {
    const article = await createArticle();
    const byId = await call(getArticle, `/articles/${article.id}`, { idOrSlug: article.id });
    expect(byId.status).toBe(200);
    const body = await byId.json();
    const segment = (index: number) => {
      const { id, language, text } = article.segments[index];
      return { id, language, text };
    };
    expect(body).toEqual({
      id: article.id,
      slug: article.slug,
      title: `Article ${article.suffix}`,
      language: "fr",
      source: "Test source",
      author: null,
      publishedAt: "2025-05-30T00:00:00.000Z",
      paragraphs: [{ segments: [segment(0), segment(1)] }, { segments: [segment(2)] }],
    });
    expect(body.paragraphs[0].segments[0].text).toBe(`Un. ${article.suffix}`);
    const bySlug = await call(getArticle, `/articles/${article.slug}`, { idOrSlug: article.slug });
    expect(await bySlug.json()).toEqual(body);
  });

  it("answers 404 with the error shape for an unknown article", async () => {
    const missing = `missing-${uniqueSuffix()}`;
    const body = await expectError(
      await call(getArticle, `/articles/${missing}`, { idOrSlug: missing }),
      404,
      "NOT_FOUND",
    );
    expect(body).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  });
});

describe("GET /api/v1/articles/{idOrSlug}/translations/{lang}", () => {
  const translations = (idOrSlug: string, lang: string) =>
    call(getTranslations, `/articles/${idOrSlug}/translations/${lang}`, { idOrSlug, lang });

  it("returns the shown translation per segment: approved first, else the latest proposal, never rejected", async () => {
    const article = await createTranslatedArticle();
    const [s0, s1, s2] = article.segments;
    const english = await translations(article.slug, "en");
    expect(english.status).toBe(200);
    expect(await english.json()).toEqual({
      segments: [
        { segmentId: s0.id, text: "One.", status: "approved" },
        { segmentId: s1.id, text: "Two.", status: "proposed" },
      ],
    });
    expect(await (await translations(article.id, "de")).json()).toEqual({
      segments: [{ segmentId: s2.id, text: "Drei.", status: "proposed" }],
    });
  });

  it("answers 200 with no segments for a language nobody translated into", async () => {
    const article = await createTranslatedArticle();
    const response = await translations(article.id, "ja");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ segments: [] });
  });

  it("answers 404 for an unknown article and 400 for a malformed language", async () => {
    const article = await createArticle();
    await expectError(await translations(`missing-${uniqueSuffix()}`, "en"), 404, "NOT_FOUND");
    const body = await expectError(await translations(article.id, "e!"), 400, "INVALID_INPUT");
    expect(body.error.message).toContain("params.lang");
    expect(body.error.details).toEqual([{ path: ["params", "lang"], message: expect.any(String) }]);
  });
});

describe("withRoute errors", () => {
  const request = () => new NextRequest("http://localhost/api/v1/test");
  const context = { params: Promise.resolve({}) };

  it("logs an unexpected exception and answers a generic 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = withRoute({}, async () => {
      throw new Error("secret detail at /srv/parallel/server/db.ts:42");
    });
    const body = await expectError(await handler(request(), context), 500, "INTERNAL");
    expect(body).toEqual({ error: { code: "INTERNAL", message: "Internal error" } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining("/api/v1/test"), expect.any(Error));
  });

  it("answers 500, not 400, when a handler's result does not match the response schema", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { articleTranslationsResponseSchema } = await import("../articles/schema.ts");
    const handler = withRoute(
      { response: articleTranslationsResponseSchema },
      async () => ({ segments: [{}] }) as never,
    );
    await expectError(await handler(request(), context), 500, "INTERNAL");
  });

  it("maps Prisma P2025 to 404 and P2002 to 409 by code", async () => {
    const db = await getTestDb();
    const missing = withRoute({}, async () =>
      db.article.update({ where: { id: `missing-${uniqueSuffix()}` }, data: { title: "x" } }),
    );
    await expectError(await missing(request(), context), 404, "NOT_FOUND");
    const user = await createUser();
    const duplicate = withRoute({}, async () => db.user.create({ data: { name: "Again", email: user.email } }));
    await expectError(await duplicate(request(), context), 409, "CONFLICT");
  });
});
