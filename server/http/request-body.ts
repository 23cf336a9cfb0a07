// Reads a request body into memory up to a limit, and hands the framework a request that replays it: the front
// door has to see an action's body whole before the framework decodes it.
import { IncomingMessage } from "node:http";

/** A refused body is read to its end (so the client gets the answer, not a reset) up to this many bytes. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

export type ReadBody = { body: Buffer } | { overLimit: true; isDrained: boolean };

export function readBody(request: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"] ?? 0);
    if (declared > DRAIN_LIMIT_BYTES) {
      resolve({ overLimit: true, isDrained: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT_BYTES) {
        request.pause();
        resolve({ overLimit: true, isDrained: false });
      }
    });
    request.on("end", () =>
      resolve(size > limit ? { overLimit: true, isDrained: true } : { body: Buffer.concat(chunks) }),
    );
    request.on("error", reject);
  });
}

/** A request with the same line, headers and socket whose body is `body`, already read from the socket. */
export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(original.socket);
  replay.method = original.method;
  replay.url = original.url;
  replay.httpVersion = original.httpVersion;
  replay.httpVersionMajor = original.httpVersionMajor;
  replay.httpVersionMinor = original.httpVersionMinor;
  replay.headers = original.headers;
  replay.rawHeaders = original.rawHeaders;
  replay.trailers = original.trailers;
  replay.rawTrailers = original.rawTrailers;
  if (body.length > 0) replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}
