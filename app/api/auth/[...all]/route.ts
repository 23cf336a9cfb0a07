// better-auth's endpoints (/api/auth/sign-in/email, /sign-up/email, /get-session, …) on the
// lazily created instance, so that `next build` needs neither the database nor the secret.
// better-auth answers some failures with an empty body (an unknown path, an internal error) or
// throws; every error leaves here as better-auth's own JSON shape, { code, message }.
// A path no endpoint has the shape of never reaches better-auth: its rate limiter stores every
// path it sees as a key, and a path of thousands of characters overflows PostgreSQL's index (500).
import { toNextJsHandler } from "better-auth/next-js";
import { NextResponse } from "next/server";
import { getAuth } from "@/server/auth";
import type { ErrorCode } from "@/server/errors";

const handlers = toNextJsHandler(async (request: Request) => (await getAuth()).handler(request));

const codeOfStatus: Partial<Record<number, ErrorCode>> = {
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  429: "RATE_LIMITED",
};

function jsonError(status: number, headers?: Headers, refusal?: unknown) {
  const code: ErrorCode = status >= 500 ? "INTERNAL" : (codeOfStatus[status] ?? "INVALID_INPUT");
  const message =
    status >= 500 ? "Internal error" : typeof refusal === "string" ? refusal : `The request was refused (${code})`;
  const response = NextResponse.json({ code, message }, { status, headers });
  response.headers.set("Content-Type", "application/json");
  response.headers.delete("Content-Length");
  return response;
}

/** Endpoint paths and their path parameters (a reset token): letters, digits, "-" and "_" between slashes. */
const endpointPath = /^\/api\/auth(?:\/[\w-]{1,100}){1,4}\/?$/;

function withJsonErrors(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    if (!endpointPath.test(new URL(request.url).pathname)) return jsonError(404);
    try {
      const response = await handler(request);
      if (response.status < 400) return response;
      // Some of better-auth's refusals are JSON without a code (its rate limiter's 429), some have no body.
      const body = await response
        .clone()
        .json()
        .catch(() => null);
      if (typeof body?.code === "string" && typeof body.message === "string" && response.status < 500) return response;
      return jsonError(response.status, response.headers, body?.message);
    } catch (error) {
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      return jsonError(500);
    }
  };
}

export const GET = withJsonErrors(handlers.GET);
export const POST = withJsonErrors(handlers.POST);
