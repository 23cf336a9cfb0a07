// better-auth's endpoints (/api/auth/sign-in/email, /sign-up/email, /get-session, …) on the
// lazily created instance, so that `next build` needs neither the database nor the secret.
// better-auth answers some failures with an empty body (an unknown path, an internal error) or
// throws; every error leaves here as better-auth's own JSON shape, { code, message }.
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

function jsonError(status: number, headers?: Headers) {
  const code: ErrorCode = status >= 500 ? "INTERNAL" : (codeOfStatus[status] ?? "INVALID_INPUT");
  const message = status >= 500 ? "Internal error" : `The request was refused (${code})`;
  const response = NextResponse.json({ code, message }, { status, headers });
  response.headers.set("Content-Type", "application/json");
  response.headers.delete("Content-Length");
  return response;
}

function withJsonErrors(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      const response = await handler(request);
      const isJson = response.headers.get("content-type")?.startsWith("application/json") ?? false;
      return response.status < 400 || isJson ? response : jsonError(response.status, response.headers);
    } catch (error) {
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      return jsonError(500);
    }
  };
}

export const GET = withJsonErrors(handlers.GET);
export const POST = withJsonErrors(handlers.POST);
