// The one wrapper of the public API's route handlers: it resolves the viewer (a personal API token
// in `Authorization: Bearer …`, else the session cookie), checks the route's action against the
// policy, validates the path and query with the route's zod schemas, shapes the result through
// the response schema, and turns every failure into `{ error: { code, message } }` with the
// status from the single table in server/errors.ts.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { bearerCredentials, hashApiToken } from "../../lib/auth/api-token.ts";
import type { Action } from "../../lib/auth/permissions.ts";
import { touchApiToken } from "../api-tokens/mutations.ts";
import { findApiTokenByHash } from "../api-tokens/queries.ts";
import type { ApiError } from "./api-error.ts";
import { getViewerOf, toSessionViewer, type SessionViewer } from "../auth.ts";
import { AppError, errorStatus, knownError } from "../errors.ts";
import { assertAllowed } from "../policy.ts";

export type RouteSchemas = {
  params?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  /** A file download: the handler builds the Response (body, type, disposition) and withRoute passes it on. */
  responseTypes?: readonly string[];
  /** The rule the viewer must pass (lib/auth/permissions.ts); a route without one is public. */
  action?: Action;
};

type Parsed<S, K extends "params" | "query"> = S extends { [P in K]: infer T extends z.ZodType }
  ? z.output<T>
  : undefined;

export type RouteInput<S extends RouteSchemas> = {
  request: NextRequest;
  params: Parsed<S, "params">;
  query: Parsed<S, "query">;
  /** Always set on a route with an action; on a public route, whoever the credentials name, if any. */
  viewer: S extends { action: Action } ? SessionViewer : SessionViewer | null;
};

type RouteOutput<S> = S extends { responseTypes: readonly string[] }
  ? Response
  : S extends { response: infer R extends z.ZodType }
    ? z.input<R>
    : unknown;

/** Next 16 hands the dynamic segments over as a promise, already percent-decoded. */
export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const headers = { "Cache-Control": "no-store" };

export function withRoute<S extends RouteSchemas>(
  schemas: S,
  handler: (input: RouteInput<S>) => Promise<RouteOutput<S>>,
) {
  return async (request: NextRequest, context: RouteContext): Promise<Response> => {
    try {
      // Credentials before input: a client without access learns nothing about the route's rules.
      const viewer = await resolveViewer(request);
      if (schemas.action) assertAllowed(viewer, schemas.action);
      const params = parseInput(schemas.params, await context.params, "params");
      const query = parseInput(schemas.query, Object.fromEntries(request.nextUrl.searchParams), "query");
      const data = await handler({ request, params, query, viewer } as RouteInput<S>);
      if (data instanceof Response) return data;
      return NextResponse.json(schemas.response ? shapeResponse(schemas.response, data) : data, { headers });
    } catch (error) {
      const { status, body } = errorResponse(error, request);
      // RFC 6750: a 401 names the scheme that would work.
      const challenge: Record<string, string> =
        status === errorStatus.UNAUTHENTICATED ? { "WWW-Authenticate": 'Bearer realm="api"' } : {};
      return NextResponse.json(body, { status, headers: { ...headers, ...challenge } });
    }
  };
}

/**
 * Who the request's credentials name. A Bearer header wins over the cookie; a malformed, unknown
 * or revoked token, or one of a disabled user, is a 401 and never falls back to anonymous.
 */
async function resolveViewer(request: NextRequest): Promise<SessionViewer | null> {
  const credentials = bearerCredentials(request.headers.get("authorization"));
  if (credentials.kind === "invalid")
    throw new AppError("UNAUTHENTICATED", "The Authorization header is not a valid Bearer token");
  if (credentials.kind === "none") return getSessionCookie(request) ? getViewerOf(request.headers) : null;
  const token = await findApiTokenByHash(hashApiToken(credentials.token));
  if (!token || token.user.disabled) throw new AppError("UNAUTHENTICATED", "Unknown or revoked API token");
  await touchApiToken(token.id, new Date());
  return toSessionViewer(token.user);
}

/** Issue paths get the input's name in front ("query.language"), so a client sees which part is wrong. */
function parseInput(schema: z.ZodType | undefined, value: unknown, where: "params" | "query") {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new RouteInputError(
    new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [where, ...issue.path] }))),
  );
}

/** Only the route's own input makes a 400; a ZodError from deeper down is our bug and a 500. */
class RouteInputError extends Error {
  constructor(readonly zodError: z.ZodError) {
    super("Invalid route input");
  }
}

/** A response off its schema is our bug, not the client's: a 500, never a 400. */
function shapeResponse(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`Response does not match its schema: ${z.prettifyError(result.error)}`);
}

function errorResponse(error: unknown, request: NextRequest): { status: number; body: ApiError } {
  if (error instanceof RouteInputError) {
    const details = error.zodError.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
      message: issue.message,
    }));
    const message = details.map((d) => `${d.path.join(".")}: ${d.message}`).join("; ");
    return { status: errorStatus.INVALID_INPUT, body: { error: { code: "INVALID_INPUT", message, details } } };
  }
  const known = knownError(error);
  if (known && known.code !== "INTERNAL") {
    // details stay server-side: an AppError's details are for logs and callers in process.
    return { status: errorStatus[known.code], body: { error: { code: known.code, message: known.message } } };
  }
  console.error(`${request.method} ${request.nextUrl.pathname} failed:`, error);
  return { status: errorStatus.INTERNAL, body: { error: { code: "INTERNAL", message: "Internal error" } } };
}
