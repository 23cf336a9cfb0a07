// Which origins a request may come from to be "ours", and whether a browser sent it from another site (CSRF).
// Shared by the proxy (proxy.ts) and the routes it does not run for (the glossary uploads, server/api/same-origin.ts).
import { isCrossSiteMutation } from "./cross-site";

/** The origins the install is configured to be reached at (PUBLIC_URL, BETTER_AUTH_URL), from the environment given. */
export function configuredOrigins(env: Record<string, string | undefined>): string[] {
  return [env.PUBLIC_URL, env.BETTER_AUTH_URL].filter((origin): origin is string => Boolean(origin));
}

type RequestLike = { method: string; headers: Headers; url: URL };

/**
 * The configured public origins, the one the Host (or X-Forwarded-Host/-Proto) header names, and the URL's own.
 * @example ownOrigins({ method: "POST", headers: new Headers({ host: "a.example" }), url: new URL("http://a.example/x") }, [])
 * // ["http://a.example", "http://a.example"]
 */
export function ownOrigins(request: RequestLike, configuredOrigins: readonly string[]): string[] {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const protocol = request.headers.get("x-forwarded-proto") ?? request.url.protocol.replace(":", "");
  return [...configuredOrigins, ...(host ? [`${protocol}://${host}`] : []), request.url.origin];
}

/** @example isCrossSiteRequest({ method: "POST", headers: new Headers({ origin: "https://evil.example" }), url }, []) // true */
export function isCrossSiteRequest(request: RequestLike, configuredOrigins: readonly string[]): boolean {
  return isCrossSiteMutation({
    method: request.method,
    origin: request.headers.get("origin"),
    allowedOrigins: ownOrigins(request, configuredOrigins),
  });
}
