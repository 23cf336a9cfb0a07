// The registry of the public API's routes and the OpenAPI 3.1 document built from it. Route
// handlers pass their entry to withRoute, so the document describes the very schema objects that
// validate requests and shape responses, and cannot drift from them.
import { z } from "zod";
import {
  articleListResponseSchema,
  articleResponseSchema,
  articleTranslationsResponseSchema,
  getArticleParamsSchema,
  getArticleTranslationsParamsSchema,
  listArticlesQuerySchema,
} from "../articles/schema.ts";
import type { Action } from "../../lib/auth/permissions.ts";
import { apiErrorSchema } from "./api-error.ts";
import { errorStatus, type ErrorCode } from "../errors.ts";
import {
  applyImportQuerySchema,
  exportGlossaryQuerySchema,
  glossaryFileResponseSchema,
  glossaryListResponseSchema,
  glossaryParamsSchema,
  importPreviewResponseSchema,
  importSummaryResponseSchema,
  previewImportQuerySchema,
} from "../glossaries/schema.ts";
import { meResponseSchema } from "../users/schema.ts";

export type RouteDefinition = {
  method: "get" | "post";
  /** OpenAPI path template, relative to the server URL /api/v1. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  response: z.ZodType;
  /** Media types of a file download (the handler returns the Response itself); JSON when absent. */
  responseTypes?: readonly string[];
  /** An upload: the raw file as the body, in one of these media types. */
  requestBody?: { description: string; contentTypes: readonly string[] };
  /** Routes with an action need credentials (bearer token or session cookie) that pass it. */
  action?: Action;
  /** Expected failures and when they happen; INTERNAL, which any route can answer, is added. */
  errors: Partial<Record<ErrorCode, string>>;
};

const openApiDocumentSchema = z.looseObject({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.looseObject({})),
});

const uploadBody = {
  description: "The file itself, at most 50 MB (not a multipart form)",
  contentTypes: ["application/octet-stream", "application/x-tbx+xml", "text/csv"],
} as const;

const uploadErrors = {
  UNAUTHENTICATED: "No credentials, or an unknown or revoked token, or a disabled account",
  FORBIDDEN: "The account is not an editor, or a browser sent the request from another site",
  NOT_FOUND: "No glossary has this id or slug",
  PAYLOAD_TOO_LARGE: "The body is larger than 50 MB, or reading it needs more memory than an import may use",
  TIME_BUDGET_EXCEEDED: "Reading the file took longer than the time budget (JOB_TIME_BUDGET_MS); nothing was written",
  RATE_LIMITED: "The server's import queue is full; try again later",
} as const;

export const apiRoutes = {
  listArticles: {
    method: "get",
    path: "/articles",
    summary: "List articles with their translation progress",
    query: listArticlesQuerySchema,
    response: articleListResponseSchema,
    errors: { INVALID_INPUT: "language is not a language tag" },
  },
  getArticle: {
    method: "get",
    path: "/articles/{idOrSlug}",
    summary: "An article's text: paragraphs of sentence segments",
    params: getArticleParamsSchema,
    response: articleResponseSchema,
    errors: { INVALID_INPUT: "idOrSlug is empty or too long", NOT_FOUND: "No article has this id or slug" },
  },
  getArticleTranslations: {
    method: "get",
    path: "/articles/{idOrSlug}/translations/{lang}",
    summary: "The translation shown for each segment in one language (approved, else the latest proposal)",
    params: getArticleTranslationsParamsSchema,
    response: articleTranslationsResponseSchema,
    errors: { INVALID_INPUT: "lang is not a language tag", NOT_FOUND: "No article has this id or slug" },
  },
  listGlossaries: {
    method: "get",
    path: "/glossaries",
    summary:
      "List the published glossaries with their languages and entry counts; an editor's or admin's credentials also list drafts (isDraft)",
    response: glossaryListResponseSchema,
    errors: {},
  },
  exportGlossary: {
    method: "get",
    path: "/glossaries/{idOrSlug}/export",
    summary: "Download a glossary as TBX-Basic or CSV",
    params: glossaryParamsSchema,
    query: exportGlossaryQuerySchema,
    response: glossaryFileResponseSchema,
    responseTypes: ["application/x-tbx+xml", "text/csv"],
    errors: {
      INVALID_INPUT: "format or layout is not one of the listed values, or layout is given for TBX",
      NOT_FOUND: "No glossary has this id or slug, or it is a draft and the caller is not an editor or admin",
      TIME_BUDGET_EXCEEDED: "Writing the file took longer than the time budget (JOB_TIME_BUDGET_MS)",
      RATE_LIMITED: "The server's job queue is full; try again later",
    },
  },
  previewGlossaryImport: {
    method: "post",
    path: "/glossaries/{idOrSlug}/imports/preview",
    summary: "What importing a TBX or CSV file would do; writes nothing",
    action: "glossary.import",
    params: glossaryParamsSchema,
    query: previewImportQuerySchema,
    requestBody: uploadBody,
    response: importPreviewResponseSchema,
    errors: {
      ...uploadErrors,
      INVALID_INPUT: "format is not tbx or csv, or a CSV import has no valid mapping",
    },
  },
  applyGlossaryImport: {
    method: "post",
    path: "/glossaries/{idOrSlug}/imports",
    summary: "Import a TBX or CSV file in one transaction, or refuse it whole",
    action: "glossary.import",
    params: glossaryParamsSchema,
    query: applyImportQuerySchema,
    requestBody: uploadBody,
    response: importSummaryResponseSchema,
    errors: {
      ...uploadErrors,
      INVALID_INPUT:
        "format or mapping is invalid, the file cannot be read, or it has rejected entries and skipRejected is false",
      CONFLICT: "The glossary changed since expectedVersion (before or during the import); nothing was written",
    },
  },
  getMe: {
    method: "get",
    path: "/me",
    summary: "The account the credentials belong to, with its role and preferences",
    action: "profile.read",
    response: meResponseSchema,
    errors: { UNAUTHENTICATED: "No credentials, or an unknown or revoked token, or a disabled account" },
  },
  getOpenApiDocument: {
    method: "get",
    path: "/openapi.json",
    summary: "This document",
    response: openApiDocumentSchema,
    errors: {},
  },
} satisfies Record<string, RouteDefinition>;

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; required?: string[] };

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect); `$schema` dropped, the document fixes the dialect. */
function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json: Record<string, unknown> = z.toJSONSchema(schema, { io, target: "draft-2020-12" });
  delete json.$schema;
  return json as JsonSchema;
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } },
});

export function buildOpenApiDocument(routes: Record<string, RouteDefinition> = apiRoutes) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(routes)) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(operationId, route) };
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Parallel API",
      version: "1.0.0",
      description:
        "Read access to Parallel's articles, their translations and the glossaries, and glossary imports for editors. " +
        "Public routes need no credentials; " +
        "the others take a personal API token (created on the profile page) or the browser's session cookie. " +
        "Invalid credentials are a 401 on every route.",
    },
    servers: [{ url: "/api/v1" }],
    paths,
    components: {
      schemas: { ApiError: toJsonSchema(apiErrorSchema, "output") },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token, `prl_` and 43 characters" },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "A signed-in browser's session (`__Secure-better-auth.session_token` over https in production)",
        },
      },
    },
  };
}

function operation(operationId: string, route: RouteDefinition) {
  const errors = { ...route.errors, INTERNAL: "Unexpected failure, logged on the server" };
  const errorResponses = Object.entries(errors).map(([code, description]) => [
    String(errorStatus[code as ErrorCode]),
    errorResponse(`${code}: ${description}`),
  ]);
  return {
    operationId,
    summary: route.summary,
    // Either scheme will do; public routes state that they need none.
    security: route.action ? [{ bearerToken: [] }, { sessionCookie: [] }] : [],
    parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
    ...(route.requestBody ? { requestBody: requestBody(route.requestBody) } : {}),
    responses: {
      "200": {
        description: "OK",
        content: Object.fromEntries(
          (route.responseTypes ?? ["application/json"]).map((type) => [
            type,
            { schema: toJsonSchema(route.response, "output") },
          ]),
        ),
      },
      ...Object.fromEntries(errorResponses),
    },
  };
}

/** A raw upload: any of the listed media types, the bytes of the file. */
function requestBody({ description, contentTypes }: NonNullable<RouteDefinition["requestBody"]>) {
  return {
    required: true,
    description,
    content: Object.fromEntries(contentTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }])),
  };
}

/** One OpenAPI parameter per property of the (input side of the) route's params or query schema. */
function parameters(schema: z.ZodObject | undefined, location: "path" | "query") {
  if (!schema) return [];
  const json = toJsonSchema(schema, "input");
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || (json.required?.includes(name) ?? false),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
}
