// Answers written raw on the socket, for requests that never reach a request handler: what Node's HTTP parser
// refuses (a broken request line or header, headers too large, a timeout) and CONNECT. The same JSON shape and
// security headers as the front door's other answers. Upgrades are left to Next's own listener (hot reload).
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { ErrorCode } from "../errors.ts";
import { securityHeaders } from "../../lib/security/security-headers.ts";

const statusOfParserError: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  answerRaw(socket, statusOfParserError[error.code ?? ""] ?? 400, "INVALID_INPUT");
}

export function answerConnect(_request: unknown, socket: Duplex): void {
  answerRaw(socket, 405, "METHOD_NOT_ALLOWED");
}

function answerRaw(socket: Duplex, status: number, code: ErrorCode): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code, message: STATUS_CODES[status] ?? "Bad request" } });
  // The path is unknown here: the API's policy, the strictest, fits a JSON body.
  const headers = securityHeaders({ pathname: "/api", isHttps: false })
    .map(({ name, value }) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`,
  );
}
