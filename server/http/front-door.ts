// Every request passes here before Next (server.ts): it gets the security headers on whatever answers it, the
// client's real address in X-Forwarded-For (the per-IP limits of server/auth.ts read it), and a 4xx in the app's
// error shape for what the framework would answer with a plain-text 500: an unknown method, a malformed path, a
// body over the limit, a server-action body that cannot be decoded.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { actionBodyProblem } from "../../lib/http/action-body.ts";
import { targetProblem } from "../../lib/http/request-target.ts";
import {
  ALLOWED_METHODS,
  bodyLimitOf,
  decodesAsAction,
  isAllowedMethod,
  isHttpsRequest,
  pathOf,
} from "../../lib/http/request-rules.ts";
import { securityHeaders } from "../../lib/security/security-headers.ts";
import { clientAddressOf, isFromTrustedProxy, type TrustProxy } from "./client-address.ts";
import { refuse } from "./refusal.ts";
import { readBody, replayRequest } from "./request-body.ts";
import { secureResponse } from "./secure-response.ts";

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

// Set by proxies; from anyone else they are the client's own claims, and Next fills them in from the socket.
const forwardedHeaders = ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"];

export function frontDoor(trust: TrustProxy, next: Handler): Handler {
  const door = pass(trust, next);
  // A client that breaks the connection mid-body rejects the read; nothing is left to answer, and an unhandled
  // rejection would end the process.
  return (request, response) =>
    Promise.resolve(door(request, response)).catch((error: unknown) => {
      if (!response.headersSent && !response.destroyed) response.destroy(error as Error);
    });
}

function pass(trust: TrustProxy, next: Handler): Handler {
  return async (request, response) => {
    const target = request.url ?? "/";
    const pathname = pathOf(target);
    const isTrustedPeer = isFromTrustedProxy(request, trust);
    const isHttps = isHttpsRequest({
      isTlsSocket: Boolean((request.socket as TLSSocket).encrypted),
      isFromTrustedProxy: isTrustedPeer,
      forwardedProto: headerValue(request, "x-forwarded-proto"),
    });
    secureResponse(request, response, { headers: securityHeaders({ pathname, isHttps }), pathname });

    const method = request.method ?? "";
    if (!isAllowedMethod(method))
      return refuse(request, response, {
        pathname,
        code: "METHOD_NOT_ALLOWED",
        extraHeaders: { allow: ALLOWED_METHODS.join(", ") },
      });
    if (targetProblem(target)) return refuse(request, response, { pathname, code: "INVALID_INPUT" });

    request.headers["x-forwarded-for"] = clientAddressOf(request, trust);
    if (!isTrustedPeer) for (const name of forwardedHeaders) delete request.headers[name];

    const contentType = headerValue(request, "content-type");
    const isAction = decodesAsAction({ method, nextAction: headerValue(request, "next-action"), contentType });
    const limit = bodyLimitOf(method, pathname, contentType);
    // An action's body is checked even when empty: an empty multipart body is as broken as a cut one.
    if (limit === undefined || (!hasBody(request) && !isAction)) return next(request, response);
    const read = await readBody(request, limit);
    if ("overLimit" in read) {
      return refuse(request, response, {
        pathname,
        code: "PAYLOAD_TOO_LARGE",
        extraHeaders: read.isDrained ? {} : { connection: "close" },
      });
    }
    if (isAction && actionBodyProblem(contentType, read.body))
      return refuse(request, response, { pathname, code: "INVALID_INPUT" });
    return next(replayRequest(request, read.body), response);
  };
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers["content-length"];
  return request.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
