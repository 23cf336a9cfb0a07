// The OpenAPI document says what the routes do: it is 3.1, lists every route, its schemas are the
// ones the routes validate with, and real responses validate against the document itself.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { saveImportedArticles } from "../articles/mutations.ts";
import { apiErrorSchema } from "./api-error.ts";
import { uniqueSuffix } from "../testing/test-db.ts";
import { apiRoutes, type RouteDefinition } from "./openapi.ts";

const { GET: listArticles } = await import("../../app/api/v1/articles/route.ts");
const { GET: getArticle } = await import("../../app/api/v1/articles/[idOrSlug]/route.ts");
const { GET: getOpenApi } = await import("../../app/api/v1/openapi.json/route.ts");
const { GET: listGlossaries } = await import("../../app/api/v1/glossaries/route.ts");
const { GET: exportGlossary } = await import("../../app/api/v1/glossaries/[idOrSlug]/export/route.ts");

type Document = {
  openapi: string;
  info: { title: string; version: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, z.core.JSONSchema.JSONSchema> };
};
type Operation = {
  parameters: { name: string; in: string; required: boolean; schema: z.core.JSONSchema.JSONSchema }[];
  responses: Record<string, { content: Record<string, { schema: z.core.JSONSchema.JSONSchema }> }>;
};

const call = (handler: typeof getArticle, path: string, params: Record<string, string> = {}) =>
  handler(new NextRequest(`http://localhost/api/v1${path}`), { params: Promise.resolve(params) });

/** What zod itself makes of a schema, as OpenAPI 3.1 embeds it (its own dialect, no $schema). */
function zodJsonSchema(schema: z.ZodType, io: "input" | "output") {
  const { $schema, ...json } = z.toJSONSchema(schema, { io });
  expect($schema).toBe("https://json-schema.org/draft/2020-12/schema");
  return json;
}

async function fetchDocument(): Promise<Document> {
  const response = await call(getOpenApi, "/openapi.json");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return response.json();
}

/** Validates a body against the document's own JSON Schema (not the zod object it came from). */
function expectConforms(document: Document, schema: z.core.JSONSchema.JSONSchema, body: unknown) {
  const resolved = schema.$ref ? document.components.schemas[schema.$ref.replace("#/components/schemas/", "")] : schema;
  const result = z.fromJSONSchema(resolved).safeParse(body);
  expect(result.error).toBeUndefined();
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document with info, a relative server and the nine paths", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: "Parallel API", version: expect.any(String) });
    expect(document.servers).toEqual([{ url: "/api/v1" }]);
    expect(Object.keys(document.paths).sort()).toEqual([
      "/articles",
      "/articles/{idOrSlug}",
      "/articles/{idOrSlug}/translations/{lang}",
      "/glossaries",
      "/glossaries/{idOrSlug}/export",
      "/glossaries/{idOrSlug}/imports",
      "/glossaries/{idOrSlug}/imports/preview",
      "/me",
      "/openapi.json",
    ]);
  });

  it("says which routes need credentials, and which schemes carry them", async () => {
    const { paths, components } = (await fetchDocument()) as Document & {
      components: { securitySchemes: Record<string, { type: string; scheme?: string; in?: string }> };
    };
    expect(components.securitySchemes).toMatchObject({
      bearerToken: { type: "http", scheme: "bearer" },
      sessionCookie: { type: "apiKey", in: "cookie" },
    });
    const me = paths["/me"].get as Operation & { security: unknown };
    expect(me.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
    expect(Object.keys(me.responses).sort()).toEqual(["200", "401", "500"]);
    expect((paths["/articles"].get as Operation & { security: unknown }).security).toEqual([]);
  });

  it("describes each route with the zod schemas the route itself uses", async () => {
    const document = await fetchDocument();
    expect(document.components.schemas.ApiError).toEqual(zodJsonSchema(apiErrorSchema, "output"));
    for (const route of Object.values<RouteDefinition>(apiRoutes)) {
      const operation = document.paths[route.path][route.method];
      const types = route.responseTypes ?? ["application/json"];
      expect(Object.keys(operation.responses["200"].content)).toEqual(types);
      for (const type of types)
        expect(operation.responses["200"].content[type].schema).toEqual(zodJsonSchema(route.response, "output"));
      expect(operation.responses["500"].content["application/json"].schema).toEqual({
        $ref: "#/components/schemas/ApiError",
      });
      const expected = (["path", "query"] as const).flatMap((location) => {
        const schema = location === "path" ? route.params : route.query;
        if (!schema) return [];
        const json = zodJsonSchema(schema, "input") as { properties: Record<string, unknown> };
        return Object.entries(json.properties).map(([name, property]) => ({ name, in: location, schema: property }));
      });
      expect(operation.parameters.map(({ name, in: location, schema }) => ({ name, in: location, schema }))).toEqual(
        expected,
      );
    }
  });

  it("documents 400 and 404 where the routes answer them", async () => {
    const { paths } = await fetchDocument();
    expect(Object.keys(paths["/articles"].get.responses).sort()).toEqual(["200", "400", "500"]);
    expect(Object.keys(paths["/articles/{idOrSlug}"].get.responses).sort()).toEqual(["200", "400", "404", "500"]);
    const translations = paths["/articles/{idOrSlug}/translations/{lang}"].get;
    expect(Object.keys(translations.responses).sort()).toEqual(["200", "400", "404", "500"]);
    expect(translations.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["idOrSlug", "path", true],
      ["lang", "path", true],
    ]);
  });

  it("describes the glossary export as a public download of TBX or CSV, with its optional query", async () => {
    const { paths } = await fetchDocument();
    const exportFile = paths["/glossaries/{idOrSlug}/export"].get as Operation & { security: unknown };
    expect(exportFile.security).toEqual([]);
    expect(Object.keys(exportFile.responses).sort()).toEqual(["200", "400", "404", "422", "429", "500"]);
    expect(Object.keys(exportFile.responses["200"].content)).toEqual(["application/x-tbx+xml", "text/csv"]);
    expect(exportFile.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["idOrSlug", "path", true],
      ["format", "query", false],
      ["layout", "query", false],
    ]);
    expect(exportFile.parameters[1].schema).toMatchObject({ enum: ["tbx", "csv"], default: "tbx" });
  });

  it("describes the glossary uploads as editors' POSTs of a raw file, with every refusal they answer", async () => {
    const { paths } = await fetchDocument();
    for (const path of ["/glossaries/{idOrSlug}/imports/preview", "/glossaries/{idOrSlug}/imports"]) {
      const upload = paths[path].post as Operation & {
        security: unknown;
        requestBody: { required: boolean; content: Record<string, unknown> };
      };
      expect(upload.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
      expect(upload.requestBody.required).toBe(true);
      expect(Object.keys(upload.requestBody.content)).toContain("application/octet-stream");
      expect(Object.keys(upload.responses)).toEqual(
        expect.arrayContaining(["200", "400", "401", "403", "404", "413", "422", "429", "500"]),
      );
      expect(upload.parameters.slice(0, 4).map((p) => [p.name, p.in, p.required])).toEqual([
        ["idOrSlug", "path", true],
        ["format", "query", true],
        ["mapping", "query", false],
        ["filename", "query", false],
      ]);
    }
    const apply = paths["/glossaries/{idOrSlug}/imports"].post;
    expect(Object.keys(apply.responses)).toContain("409");
    expect(apply.parameters.map((p) => [p.name, p.required])).toContainEqual(["expectedVersion", true]);
  });

  it("matches real responses, successes and errors alike", async () => {
    const document = await fetchDocument();
    const suffix = uniqueSuffix();
    const segment = { text: `Phrase ${suffix}.`, language: "fr", hash: `hash-${suffix}` };
    await saveImportedArticles([
      {
        title: `Doc ${suffix}`,
        language: "fr",
        source: null,
        author: "A. Author",
        publishedAt: "2025-06-22T22:09:00",
        paragraphs: [{ segments: [segment] }],
        contentHash: `content-${suffix}`,
        slug: `doc-${suffix}`,
      },
    ]);
    const responses = (path: string) => document.paths[path].get.responses;
    expectConforms(
      document,
      responses("/articles")["200"].content["application/json"].schema,
      await (await call(listArticles, "/articles")).json(),
    );
    const article = await call(getArticle, `/articles/doc-${suffix}`, { idOrSlug: `doc-${suffix}` });
    const body = await article.json();
    expect(body.publishedAt).toBe("2025-06-22T22:09:00.000Z");
    expectConforms(document, responses("/articles/{idOrSlug}")["200"].content["application/json"].schema, body);
    const missing = await call(getArticle, "/articles/none", { idOrSlug: `none-${suffix}` });
    expectConforms(
      document,
      responses("/articles/{idOrSlug}")["404"].content["application/json"].schema,
      await missing.json(),
    );
    expectConforms(
      document,
      responses("/glossaries")["200"].content["application/json"].schema,
      await (await call(listGlossaries, "/glossaries")).json(),
    );
    const noGlossary = await call(exportGlossary, "/glossaries/none/export", { idOrSlug: `none-${suffix}` });
    expectConforms(
      document,
      responses("/glossaries/{idOrSlug}/export")["404"].content["application/json"].schema,
      await noGlossary.json(),
    );
    const badFormat = await call(exportGlossary, "/glossaries/none/export?format=pdf", { idOrSlug: `none-${suffix}` });
    expectConforms(
      document,
      responses("/glossaries/{idOrSlug}/export")["400"].content["application/json"].schema,
      await badFormat.json(),
    );
    const invalid = await call(listArticles, "/articles?language=%21");
    expectConforms(document, responses("/articles")["400"].content["application/json"].schema, await invalid.json());
    expectConforms(document, responses("/openapi.json")["200"].content["application/json"].schema, document);
  });
});
