// Reads an upload's body as a stream, up to a limit: a declared length over the limit is refused before a byte is
// read, and a body that runs past it (no or a false Content-Length) is cut off there. With a declared length the
// bytes go straight into one buffer of that size, so a 50 MB upload costs 50 MB, not twice that.
import { AppError } from "../errors.ts";

/** @example await readBody(request, 50 * 1024 * 1024) // Uint8Array, or AppError PAYLOAD_TOO_LARGE (413) */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes`);
  const header = request.headers.get("content-length");
  const declared = header === null || !/^\d+$/.test(header) ? null : Number(header);
  if (declared !== null && declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  let body = new Uint8Array(declared ?? 64 * 1024);
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.byteLength > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    if (length + value.byteLength > body.byteLength) body = grown(body, length, length + value.byteLength, maxBytes);
    body.set(value, length);
    length += value.byteLength;
  }
  // A buffer of exactly the body's size, which the job worker can take over without a copy.
  return length === body.byteLength ? body : body.slice(0, length);
}

/** Doubles the buffer (at most to the limit) until `needed` bytes fit, keeping the first `length`. */
function grown(body: Uint8Array<ArrayBuffer>, length: number, needed: number, maxBytes: number) {
  let size = body.byteLength || 1;
  while (size < needed) size *= 2;
  const larger = new Uint8Array(Math.min(size, maxBytes));
  larger.set(body.subarray(0, length));
  return larger;
}
