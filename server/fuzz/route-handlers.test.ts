// Property test (fast-check) of every route handler: the real exported GET/POST/… called with
// NextRequests whose path segments, query, headers (Authorization, Cookie, Origin, Content-Type) and
// body (arbitrary bytes, invalid UTF-8, JSON nested 5,000 deep, huge strings) are hostile, as each
// kind of caller (no credentials, an API token of each role, a disabled admin's, a session).
// Whatever comes in: no 5xx, no stack trace, a JSON error with a known code on a 4xx, and a refused
// request changes nothing in the database.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { saveImportedArticles } from "../articles/mutations.ts";
import { createConcept } from "../glossaries/concepts/mutations.ts";
import { astanaConcept, createTestGlossary } from "../testing/glossary-fixtures.ts";
import { headerValue } from "../testing/fuzz-inputs.ts";
import { bodyArbitrary, paramsArbitrary, queryArbitrary, urlPath, type RouteSeeds } from "../testing/fuzz-requests.ts";
import { findMutationSources, loadModule } from "../testing/mutation-inventory.ts";
import { TEST_ORIGIN, uniqueEmail, uniqueIp } from "../testing/test-auth.ts";
import { uniqueSuffix } from "../testing/test-db.ts";
import {
  createCallers,
  csvMapping,
  expectNoStackTrace,
  fuzzRuns,
  fuzzTimeout,
  knownCodes,
  subjects,
  tbxText,
  trackDatabase,
  type Caller,
} from "./fuzz-harness.ts";
import { deepTbx, manyAttributesTbx, manyTermsCsv } from "../../lib/testing/hostile-inputs.ts";

type Fixtures = { articleId: string; articleSlug: string; glossarySlug: string };

const authPaths = {
  get: [["get-session"], ["list-sessions"], ["verify-email"], ["reset-password", "abc"], ["ok"], ["error"], ["nope"]],
  post: [
    ["sign-in", "email"],
    ["sign-up", "email"],
    ["sign-out"],
    ["change-password"],
    ["revoke-session"],
    ["revoke-sessions"],
    ["request-password-reset"],
    ["reset-password"],
    ["send-verification-email"],
    ["update-user"],
    ["delete-user"],
  ],
};
const authBody = {
  name: "Aigerim",
  email: "aigerim@example.org",
  password: "correct horse battery",
  currentPassword: "correct horse battery",
  newPassword: "battery horse correct",
  token: "abc",
  callbackURL: "/en",
  redirectTo: "/en/reset-password",
};

// Glossary files: valid ones, and small versions of issue 10's hostile shapes.
const uploads = [
  tbxText("Khorgos"),
  "language,term\nen,Khorgos\n",
  deepTbx(200),
  manyAttributesTbx(300),
  manyTermsCsv(1200),
];

/**
 * Valid requests of each handler, from which the hostile ones are made: one line per handler. A new
 * route file or method fails "has an entry for every route handler" until it has one.
 */
const routeSeeds: Record<string, (f: Fixtures) => RouteSeeds> = {
  "app/api/auth/[...all]/route.ts#GET": () => ({ params: { all: authPaths.get }, query: [{ token: "abc" }] }),
  "app/api/auth/[...all]/route.ts#POST": () => ({ params: { all: authPaths.post }, json: [authBody] }),
  "app/api/v1/articles/route.ts#GET": () => ({ query: [{ language: "fr" }, {}] }),
  "app/api/v1/articles/[idOrSlug]/route.ts#GET": (f) => ({ params: { idOrSlug: [f.articleId, f.articleSlug] } }),
  "app/api/v1/articles/[idOrSlug]/translations/[lang]/route.ts#GET": (f) => ({
    params: { idOrSlug: [f.articleSlug], lang: ["en", "zh-Hans"] },
  }),
  "app/api/v1/glossaries/route.ts#GET": () => ({}),
  "app/api/v1/glossaries/[idOrSlug]/export/route.ts#GET": (f) => ({
    params: { idOrSlug: [f.glossarySlug] },
    query: [{ format: "csv", layout: "columnPerLanguage" }, { format: "tbx" }],
  }),
  "app/api/v1/glossaries/[idOrSlug]/imports/route.ts#POST": (f) => ({
    params: { idOrSlug: [f.glossarySlug] },
    query: [
      { format: "tbx", expectedVersion: "1" },
      { format: "csv", mapping: JSON.stringify(csvMapping), expectedVersion: "1" },
    ],
    raw: uploads,
  }),
  "app/api/v1/glossaries/[idOrSlug]/imports/preview/route.ts#POST": (f) => ({
    params: { idOrSlug: [f.glossarySlug] },
    query: [{ format: "tbx" }, { format: "csv", mapping: JSON.stringify(csvMapping) }],
    raw: uploads,
  }),
  "app/api/v1/me/route.ts#GET": () => ({}),
  "app/api/v1/openapi.json/route.ts#GET": () => ({}),
};

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
type Handler = (request: NextRequest, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

let handlers: Record<string, Handler>;
let callers: Record<string, Caller>;
let sessionCookie: string;
let fixtures: Fixtures;

async function createArticle() {
  const suffix = uniqueSuffix();
  const { ids } = await saveImportedArticles([
    {
      title: `Fuzz ${suffix}`,
      language: "fr",
      source: null,
      author: null,
      publishedAt: "2025-05-30",
      paragraphs: [{ segments: [{ text: `Un ${suffix}.`, language: "fr", hash: `fuzz-${suffix}` }] }],
      contentHash: `fuzz-${suffix}`,
      slug: `fuzz-${suffix}`,
    },
  ]);
  return { articleId: ids[0], articleSlug: `fuzz-${suffix}` };
}

beforeAll(async () => {
  handlers = {};
  for (const file of findMutationSources().routeFiles) {
    for (const [name, value] of Object.entries(await loadModule(file)))
      if (methods.includes(name) && typeof value === "function") handlers[`${file}#${name}`] = value as Handler;
  }
  callers = await createCallers("fuzz-route");
  const glossary = await createTestGlossary(callers.editor.viewer!.id, "Fuzz export");
  await createConcept({ glossaryId: glossary.id, concept: astanaConcept, actorId: null });
  fixtures = { ...(await createArticle()), glossarySlug: glossary.slug };
  // A session as a browser holds it: signed up through the very handler under test.
  const signUp = await handlers["app/api/auth/[...all]/route.ts#POST"](
    new NextRequest(`${TEST_ORIGIN}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { origin: TEST_ORIGIN, "content-type": "application/json", "x-forwarded-for": uniqueIp() },
      body: JSON.stringify({ ...authBody, email: uniqueEmail("fuzz-session") }),
    }),
    { params: Promise.resolve({}) },
  );
  expect(signUp.status).toBe(200);
  sessionCookie = signUp.headers.getSetCookie()[0].split(";")[0];
});

describe("the fuzz table covers the code", () => {
  it("has an entry for every route handler, and none for one that is gone", () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(routeSeeds).sort());
  });
});

const credentials = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...subjects).map((subject) => ({ subject, garbage: undefined })) },
  { weight: 1, arbitrary: headerValue.map((garbage) => ({ subject: "anonymous" as const, garbage })) },
);

const headersArbitrary = fc.record({
  credentials,
  cookie: fc.oneof(
    fc.constant(undefined),
    fc.constant("session"),
    headerValue.map((value) => `better-auth.session_token=${value}`),
  ),
  origin: fc.oneof(fc.constant(undefined), fc.constantFrom(TEST_ORIGIN, "https://evil.example", "null"), headerValue),
  contentType: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data"),
    headerValue,
  ),
  ip: fc.ipV4(),
});

type HeadersValue = typeof headersArbitrary extends fc.Arbitrary<infer T> ? T : never;

function buildHeaders({ credentials, cookie, origin, contentType, ip }: HeadersValue) {
  const authorization = credentials.garbage ?? callers[credentials.subject].authorization;
  const headers: Record<string, string | undefined> = {
    authorization,
    cookie: cookie === "session" ? sessionCookie : cookie,
    origin,
    "content-type": contentType,
    "x-forwarded-for": ip,
  };
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<
    string,
    string
  >;
}

async function expectSafeResponse(response: Response, isAuthRoute: boolean) {
  expect(response.status).toBeLessThan(500);
  const text = await response.text();
  expectNoStackTrace(text);
  if (response.status < 400) return;
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = JSON.parse(text);
  // better-auth's shape, { code, message }, for its own endpoints; ours, { error: { code, message } }, elsewhere.
  const error = isAuthRoute ? body : body.error;
  expect(error.message).toBeTypeOf("string");
  if (isAuthRoute) expect(error.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  else expect(knownCodes).toContain(error.code);
}

describe.each(Object.keys(routeSeeds))("route handler %s", (key) => {
  it(
    "answers any request from any caller without a 5xx or a stack trace, and a refusal changes nothing",
    async () => {
      const [file, method] = key.split("#");
      const handler = handlers[key];
      expect(handler, `${key} is exported`).toBeTypeOf("function");
      const seeds = routeSeeds[key](fixtures);
      const hasBody = !["GET", "HEAD"].includes(method);
      const request = fc.record({
        params: paramsArbitrary(file, seeds.params),
        query: queryArbitrary(seeds.query ?? []),
        headers: headersArbitrary,
        body: hasBody ? bodyArbitrary(seeds) : fc.constant(undefined),
      });
      const database = await trackDatabase();
      await fc.assert(
        fc.asyncProperty(request, async ({ params, query, headers, body }) => {
          const url = `${TEST_ORIGIN}${urlPath(file, params)}${query ? `?${query}` : ""}`;
          const response = await handler(new NextRequest(url, { method, headers: buildHeaders(headers), body }), {
            params: Promise.resolve(params),
          });
          await expectSafeResponse(response, file.startsWith("app/api/auth/"));
          await database.check(response.status >= 400);
        }),
        fuzzRuns(30),
      );
    },
    fuzzTimeout,
  );
});

describe("the API's credentials", () => {
  it("answers any Authorization header that is no live token with 401 and a challenge", async () => {
    const getMe = handlers["app/api/v1/me/route.ts#GET"];
    const header = fc.oneof(headerValue, fc.stringMatching(/^Bearer prl_[\w-]{40,46}$/));
    await fc.assert(
      fc.asyncProperty(header, async (authorization) => {
        const response = await getMe(new NextRequest(`${TEST_ORIGIN}/api/v1/me`, { headers: { authorization } }), {
          params: Promise.resolve({}),
        });
        expect(response.status).toBe(401);
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
        expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
      }),
      fuzzRuns(40),
    );
  });
});
