// The one wrapper of the public API's route handlers: it validates the path and query with the
// route's zod schemas, shapes the result through the response schema, and turns every failure into
// `{ error: { code, message } }` with the status from the single table in server/errors.ts.
// Issue #4 adds `role` to the route options and the viewer to the handler's input, here only.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import type { ApiError } from "../articles/schema.ts";
import { AppError, errorStatus, type ErrorCode } from "../errors.ts";

export type RouteSchemas = { params?: z.ZodType; query?: z.ZodType; response?: z.ZodType };

type Parsed<S, K extends "params" | "query"> = S extends { [P in K]: infer T extends z.ZodType } ? z.output<T> : undefined;

export type RouteInput<S extends RouteSchemas> = {
  request: NextRequest;
  params: Parsed<S, "params">;
  query: Parsed<S, "query">;
};

type RouteOutput<S> = S extends { response: infer R extends z.ZodType } ? z.input<R> : unknown;

/** Next 16 hands the dynamic segments over as a promise, already percent-decoded. */
export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** Prisma failures recognized by code (never by message text); any other Prisma error is a 500. */
const prismaErrors = new Map<string, { code: ErrorCode; message: string }>([
  ["P2002", { code: "CONFLICT", message: "Conflicts with an existing record" }],
  ["P2025", { code: "NOT_FOUND", message: "Not found" }],
]);

const headers = { "Cache-Control": "no-store" };

export function withRoute<S extends RouteSchemas>(
  schemas: S,
  handler: (input: RouteInput<S>) => Promise<RouteOutput<S>>,
) {
  return async (request: NextRequest, context: RouteContext): Promise<NextResponse> => {
    try {
      const params = parseInput(schemas.params, await context.params, "params");
      const query = parseInput(schemas.query, Object.fromEntries(request.nextUrl.searchParams), "query");
      const data = await handler({ request, params, query } as RouteInput<S>);
      return NextResponse.json(schemas.response ? shapeResponse(schemas.response, data) : data, { headers });
    } catch (error) {
      const { status, body } = errorResponse(error, request);
      return NextResponse.json(body, { status, headers });
    }
  };
}

/** Issue paths get the input's name in front ("query.language"), so a client sees which part is wrong. */
function parseInput(schema: z.ZodType | undefined, value: unknown, where: "params" | "query") {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new RouteInputError(new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [where, ...issue.path] }))));
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
  const known = error instanceof AppError ? error : prismaError(error);
  if (known && known.code !== "INTERNAL") {
    // details stay server-side: an AppError's details are for logs and callers in process.
    return { status: errorStatus[known.code], body: { error: { code: known.code, message: known.message } } };
  }
  console.error(`${request.method} ${request.nextUrl.pathname} failed:`, error);
  return { status: errorStatus.INTERNAL, body: { error: { code: "INTERNAL", message: "Internal error" } } };
}

function prismaError(error: unknown): AppError | undefined {
  // Duck-typed: only the data layer imports Prisma (STYLE.md 2.1).
  if (!(error instanceof Error) || error.name !== "PrismaClientKnownRequestError") return undefined;
  const mapped = prismaErrors.get(String((error as Error & { code?: unknown }).code));
  return mapped && new AppError(mapped.code, mapped.message);
}
