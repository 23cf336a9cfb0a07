// The cross-site check of the routes the proxy does not run for (the glossary uploads, kept out of its matcher so
// that it does not buffer their bodies): the same rule as the proxy's (lib/security/request-origin.ts), first.
import { NextResponse, type NextRequest } from "next/server";
import { configuredOrigins, isCrossSiteRequest } from "../../lib/security/request-origin.ts";
import type { RouteContext } from "./with-route.ts";

const ourOrigins = configuredOrigins(process.env);

/** Wraps a withRoute handler: a browser's request from another site is a 403 before anything else is looked at. */
export function refuseCrossSite(handler: (request: NextRequest, context: RouteContext) => Promise<Response>) {
  return async (request: NextRequest, context: RouteContext): Promise<Response> => {
    if (isCrossSiteRequest({ method: request.method, headers: request.headers, url: request.nextUrl }, ourOrigins))
      return NextResponse.json(
        { error: { code: "FORBIDDEN", message: "Cross-site request refused" } },
        { status: 403, headers: { "Cache-Control": "no-store" } },
      );
    return handler(request, context);
  };
}
