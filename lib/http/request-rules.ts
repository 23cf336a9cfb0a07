// What the front door allows before the framework sees a request: the methods the app answers and the body each
// request may bring. Upload routes under /api/v1 stream and limit their bodies themselves.

/** Everything else (TRACE, CONNECT, WebDAV verbs, made-up ones) is answered 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Pages, server actions and better-auth never need more; Next's own server-action default is the same. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method);
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/**
 * The most bytes the front door lets through, or undefined when the route limits its body itself.
 * Example: bodyLimitOf("POST", "/api/v1/glossaries/x/imports") → undefined; bodyLimitOf("POST", "/en") → 1 MiB.
 * A multipart body is a form's, wherever it is sent (the upload routes take the raw file): it gets the default limit.
 */
export function bodyLimitOf(method: string, pathname: string, contentType?: string): number | undefined {
  const isApiWrite = ["POST", "PUT", "PATCH"].includes(method) && pathname.startsWith("/api/v1/");
  return isApiWrite && !isMultipart(contentType) ? undefined : DEFAULT_BODY_LIMIT_BYTES;
}

function isMultipart(contentType: string | undefined): boolean {
  return (contentType ?? "").split(";")[0].trim().toLowerCase() === "multipart/form-data";
}

/**
 * Whether Next decodes the body as a server action: a client's action call (its Next-Action header), or a
 * multipart POST, which Next parses as a form submitted without JavaScript before it looks for the action (so a
 * broken one, on any path that ends at a page, even a 404, is a 500).
 * Example: decodesAsAction({ method: "POST", nextAction: undefined, contentType: "multipart/form-data" }) → true.
 */
export function decodesAsAction({
  method,
  nextAction,
  contentType,
}: {
  method: string;
  nextAction: string | undefined;
  contentType: string | undefined;
}): boolean {
  return nextAction !== undefined || (method === "POST" && isMultipart(contentType));
}

/** The path of a request target, without its query, as sent (still percent-encoded). */
export function pathOf(target: string): string {
  const queryStart = target.indexOf("?");
  return queryStart === -1 ? target : target.slice(0, queryStart);
}

/**
 * Whether the request reached us over TLS: its own socket, or a trusted proxy's X-Forwarded-Proto (the value that
 * proxy added is the last one; a client can put anything before it).
 */
export function isHttpsRequest({
  isTlsSocket,
  isFromTrustedProxy,
  forwardedProto,
}: {
  isTlsSocket: boolean;
  isFromTrustedProxy: boolean;
  forwardedProto: string | undefined;
}): boolean {
  if (isTlsSocket) return true;
  if (!isFromTrustedProxy || !forwardedProto) return false;
  return forwardedProto.split(",").at(-1)?.trim().toLowerCase() === "https";
}
