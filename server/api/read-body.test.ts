// readBody on real streams: whole bodies come back byte for byte, with or without a declared length; a body past
// the limit is a 413 whether it says so up front or only runs long.
import { describe, expect, it } from "vitest";
import { readBody } from "./read-body.ts";

const chunked = (chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);

const bytes = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe("readBody", () => {
  it("reads a streamed body of unknown length, growing its buffer, into one exact buffer", async () => {
    const body = await readBody(post(chunked([bytes(70_000, 1), bytes(100_000, 2), bytes(3, 3)])), 1_000_000);
    expect(body.byteLength).toBe(170_003);
    expect(body.buffer.byteLength).toBe(170_003);
    expect([body[0], body[69_999], body[70_000], body[170_002]]).toEqual([1, 1, 2, 3]);
  });

  it("reads a body with a declared length", async () => {
    const body = await readBody(post(new TextEncoder().encode("Astana"), { "content-length": "6" }), 10);
    expect(new TextDecoder().decode(body)).toBe("Astana");
  });

  it("gives an empty body for none", async () => {
    expect((await readBody(new Request("http://localhost/upload", { method: "POST" }), 10)).byteLength).toBe(0);
  });

  it("refuses a declared length over the limit without reading", async () => {
    let reads = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          reads += 1;
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    await expect(readBody(post(stream, { "content-length": "11" }), 10)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
    expect(reads).toBe(0);
  });

  it("cuts off a body that runs past the limit, at the limit", async () => {
    await expect(readBody(post(chunked([bytes(6, 1), bytes(6, 2)])), 10)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
    expect((await readBody(post(chunked([bytes(6, 1), bytes(4, 2)])), 10)).byteLength).toBe(10);
  });
});
