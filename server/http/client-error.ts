// Requests Node's HTTP parser refuses before any handler runs (a broken request line or header, headers too
// large, a timeout): the same answer the front door gives, written raw on the socket, with the security headers.
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { securityHeaders } from "../../lib/security/security-headers.ts";

const statusOf: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = statusOf[error.code ?? ""] ?? 400;
  const body = JSON.stringify({ error: { code: "INVALID_INPUT", message: STATUS_CODES[status] ?? "Bad request" } });
  // The path is unknown here: the API's policy, the strictest, fits a JSON body.
  const headers = securityHeaders({ pathname: "/api", isHttps: false })
    .map(({ name, value }) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`,
  );
}
