// The front door's answers: the public API's error shape (server/api/api-error.ts) for API calls and server
// actions, a small HTML page for a browser, both with the status from the table in server/errors.ts.
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import { negotiateLocale } from "../../i18n/negotiate-locale.ts";
import { isApiPath } from "../../lib/http/request-rules.ts";
import type { ApiError } from "../api/api-error.ts";
import { errorStatus, type ErrorCode } from "../errors.ts";
import { refusalPage } from "./refusal-page.ts";

// Shown to API clients and logged by them; a browser gets a page in its language (refusal-page.ts).
const messages: Partial<Record<ErrorCode, string>> = {
  INVALID_INPUT: "Malformed request",
  METHOD_NOT_ALLOWED: "Method not allowed",
  PAYLOAD_TOO_LARGE: "Request body too large",
  INTERNAL: "Internal error",
};

export function errorBody(
  request: IncomingMessage,
  pathname: string,
  status: number,
  code: ErrorCode,
): { contentType: string; body: string } {
  const wantsJson =
    isApiPath(pathname) ||
    request.headers["next-action"] !== undefined ||
    /\bapplication\/json\b/u.test(String(request.headers.accept ?? ""));
  if (wantsJson) {
    const body: ApiError = { error: { code, message: messages[code] ?? STATUS_CODES[status] ?? "Error" } };
    return { contentType: "application/json", body: JSON.stringify(body) };
  }
  const locale = negotiateLocale({
    pathname,
    cookie: request.headers.cookie,
    acceptLanguage: request.headers["accept-language"],
  });
  return { contentType: "text/html; charset=utf-8", body: refusalPage(locale, status, code) };
}

/** Answers with the code's status and error body; the security headers come from secureResponse. */
export function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  { pathname, code, extraHeaders = {} }: { pathname: string; code: ErrorCode; extraHeaders?: Record<string, string> },
): void {
  const status = errorStatus[code];
  const { contentType, body } = errorBody(request, pathname, status, code);
  for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value);
  response.setHeader("content-type", contentType);
  response.setHeader("content-length", Buffer.byteLength(body));
  response.setHeader("cache-control", "no-store");
  response.statusCode = status;
  response.end(request.method === "HEAD" ? undefined : body);
}
