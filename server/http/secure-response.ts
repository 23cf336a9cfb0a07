// Puts the security headers on a response whoever writes it (pages, route handlers, the framework's 404 and error
// answers), by hooking the one place every response passes: writeHead (an implicit header write calls it too).
// A framework plain-text 500 is rewritten into the app's error shape, so no answer leaks text the app did not choose.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { SecurityHeader } from "../../lib/security/security-headers.ts";
import { errorBody } from "./refusal.ts";

type WriteHeadArgs = [statusMessage?: string | OutgoingHttpHeaders, headers?: OutgoingHttpHeaders];

export function secureResponse(
  request: IncomingMessage,
  response: ServerResponse,
  { headers, pathname }: { headers: SecurityHeader[]; pathname: string },
): void {
  const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
  const write = response.write.bind(response);
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let rewrittenBody: string | undefined;
  response.writeHead = ((status: number, ...rest: WriteHeadArgs) => {
    const passed = withoutEnforced(rest, headers);
    for (const header of headers) {
      if (header.isEnforced || !response.hasHeader(header.name)) response.setHeader(header.name, header.value);
    }
    if (!headers.some((header) => header.name === "strict-transport-security"))
      response.removeHeader("strict-transport-security");
    if (status >= 500 && isFrameworkPlainText(response, passed)) {
      const { contentType, body } = errorBody(request, pathname, status, "INTERNAL");
      rewrittenBody = request.method === "HEAD" ? "" : body;
      response.setHeader("content-type", contentType);
      response.setHeader("content-length", Buffer.byteLength(body));
      response.removeHeader("transfer-encoding");
      return writeHead(status);
    }
    return writeHead(status, ...passed);
  }) as ServerResponse["writeHead"];
  // Headers first, explicitly: Node's implicit header write would happen in the middle of write() or end(), too late
  // to keep the framework's body out of a rewritten answer.
  response.write = ((...args: Parameters<ServerResponse["write"]>) => {
    if (!response.headersSent) response.writeHead(response.statusCode);
    return rewrittenBody === undefined ? write(...args) : true;
  }) as ServerResponse["write"];
  response.end = ((...args: unknown[]) => {
    if (!response.headersSent) response.writeHead(response.statusCode);
    return rewrittenBody === undefined ? end(...args) : end(rewrittenBody || undefined);
  }) as ServerResponse["end"];
}

/** Drops the enforced headers from writeHead's own header argument, so that ours win. */
function withoutEnforced(rest: WriteHeadArgs, headers: SecurityHeader[]): WriteHeadArgs {
  const enforced = new Set(headers.filter((header) => header.isEnforced).map((header) => header.name));
  enforced.add("strict-transport-security");
  return rest.map((argument) => {
    if (Array.isArray(argument)) {
      const pairs: unknown[] = [];
      for (let i = 0; i < argument.length; i += 2)
        if (!enforced.has(String(argument[i]).toLowerCase())) pairs.push(argument[i], argument[i + 1]);
      return pairs;
    }
    if (typeof argument !== "object" || argument === null) return argument;
    return Object.fromEntries(Object.entries(argument).filter(([name]) => !enforced.has(name.toLowerCase())));
  }) as WriteHeadArgs;
}

/** Next's fallback 500 is "Internal Server Error" as text/plain (or with no type at all); ours are JSON or HTML. */
function isFrameworkPlainText(response: ServerResponse, rest: WriteHeadArgs): boolean {
  const passed = rest.find((argument) => typeof argument === "object" && argument !== null && !Array.isArray(argument));
  const type = String(
    (passed as OutgoingHttpHeaders | undefined)?.["content-type"] ?? response.getHeader("content-type") ?? "",
  );
  return type === "" || type.startsWith("text/plain");
}
