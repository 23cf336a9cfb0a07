// The glossary upload routes through their real handlers, database and job workers: the refusals come in the
// order that keeps a large body unread until it is wanted (cross-site, 401, 403, 400, 404/409, 429, then 413 while
// streaming), a file past the time budget is a 422, and a refused import changes nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { bulkyDeepTbx } from "../../lib/testing/hostile-inputs.ts";
import { createGlossary } from "../glossaries/mutations.ts";
import { admitJob } from "../jobs/run-job.ts";
import type { JobTicket } from "../jobs/job-queue.ts";
import { postImport, postImportPreview, type ImportCall } from "../testing/import-requests.ts";
import { getTestDb } from "../testing/test-db.ts";
import { bearerFor, createTestUser } from "../testing/test-users.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve("e2e/fixtures", name)));
const MB = 1024 * 1024;

let editor: string;
let reader: string;
beforeAll(async () => {
  editor = await bearerFor((await createTestUser("editor")).id);
  reader = await bearerFor((await createTestUser("reader")).id);
});

afterEach(() => {
  delete process.env.JOB_TIME_BUDGET_MS;
});

const newGlossary = () =>
  createGlossary({ name: `Import ${Math.random()}`, languages: ["en", "fr", "zh"], subjectFields: [], actorId: null });

/** A body that counts how often it was read: 0 means the route answered without touching it. */
function watchedBody(bytes = 1024) {
  const watch = { reads: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        watch.reads += 1;
        controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, watch };
}

/** The glossary as stored: its version, entries and terms, to show that a refusal changed none of it. */
async function snapshot(glossaryId: string) {
  const db = await getTestDb();
  const { version } = await db.glossary.findUniqueOrThrow({ where: { id: glossaryId } });
  const concepts = await db.concept.count({ where: { glossaryId } });
  const terms = await db.term.findMany({ where: { glossaryId }, select: { text: true }, orderBy: { text: "asc" } });
  return { version, concepts, terms: terms.map((term) => term.text) };
}

async function errorOf(response: Response) {
  const body = await response.json();
  return { status: response.status, code: body.error?.code as string };
}

describe("POST /api/v1/glossaries/{idOrSlug}/imports/preview", () => {
  it("answers an editor with the plan of the file, and writes nothing", async () => {
    const glossary = await newGlossary();
    const response = await postImportPreview({
      idOrSlug: glossary.slug,
      body: fixture("glossary-starter.tbx"),
      query: { format: "tbx" },
      authorization: editor,
    });
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview).toMatchObject({ version: 1, refused: false, counts: { add: 4, change: 0, reject: 0 } });
    expect(await snapshot(glossary.id)).toEqual({ version: 1, concepts: 0, terms: [] });
  });

  it("refuses in order, each before the body is read: cross-site, 401, 403, 400, 404", async () => {
    const glossary = await newGlossary();
    const cases: [Omit<ImportCall, "body">, { status: number; code: string }][] = [
      [
        {
          idOrSlug: glossary.id,
          query: { format: "tbx" },
          authorization: editor,
          headers: { origin: "https://evil.example" },
        },
        { status: 403, code: "FORBIDDEN" },
      ],
      // Cross-site comes first, even for a caller without credentials.
      [
        { idOrSlug: glossary.id, query: { format: "pdf" }, headers: { origin: "https://evil.example" } },
        { status: 403, code: "FORBIDDEN" },
      ],
      [
        { idOrSlug: glossary.id, query: { format: "pdf" } },
        { status: 401, code: "UNAUTHENTICATED" },
      ],
      [
        { idOrSlug: glossary.id, query: { format: "pdf" }, authorization: reader },
        { status: 403, code: "FORBIDDEN" },
      ],
      [
        { idOrSlug: "no-such-glossary", query: { format: "pdf" }, authorization: editor },
        { status: 400, code: "INVALID_INPUT" },
      ],
      [
        { idOrSlug: glossary.id, query: { format: "csv" }, authorization: editor },
        { status: 400, code: "INVALID_INPUT" },
      ],
      [
        { idOrSlug: glossary.id, query: { format: "csv", mapping: "{not json" }, authorization: editor },
        { status: 400, code: "INVALID_INPUT" },
      ],
      [
        { idOrSlug: "no-such-glossary", query: { format: "tbx" }, authorization: editor },
        { status: 404, code: "NOT_FOUND" },
      ],
    ];
    for (const [call, expected] of cases) {
      const { stream, watch } = watchedBody();
      expect(await errorOf(await postImportPreview({ ...call, body: stream }))).toEqual(expected);
      expect(watch.reads).toBe(0);
    }
  });

  it("accepts a same-origin browser request", async () => {
    const glossary = await newGlossary();
    const response = await postImportPreview({
      idOrSlug: glossary.id,
      body: fixture("glossary-starter.tbx"),
      query: { format: "tbx" },
      authorization: editor,
      headers: { origin: "http://localhost" },
    });
    expect(response.status).toBe(200);
  });

  it("answers 413 to a declared length over 50 MB without reading, and to a streamed body once it passes 50 MB", async () => {
    const glossary = await newGlossary();
    const { stream, watch } = watchedBody();
    const declared = await postImportPreview({
      idOrSlug: glossary.id,
      body: stream,
      query: { format: "tbx" },
      authorization: editor,
      headers: { "content-length": String(51 * MB) },
    });
    expect(await errorOf(declared)).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(watch.reads).toBe(0);

    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += MB;
        controller.enqueue(new Uint8Array(MB));
      },
    });
    const streamed = await postImportPreview({
      idOrSlug: glossary.id,
      body: endless,
      query: { format: "tbx" },
      authorization: editor,
    });
    expect(await errorOf(streamed)).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    // Cut off just past the limit, not read to the end (there is none).
    expect(sent).toBeLessThan(55 * MB);
  });

  it("answers 429 without reading the body while the job queue is full", async () => {
    const glossary = await newGlossary();
    const tickets: JobTicket[] = [];
    try {
      for (;;) tickets.push(admitJob());
    } catch (error) {
      expect(error).toMatchObject({ code: "RATE_LIMITED" });
    }
    try {
      const { stream, watch } = watchedBody();
      const response = await postImportPreview({
        idOrSlug: glossary.id,
        body: stream,
        query: { format: "tbx" },
        authorization: editor,
      });
      expect(await errorOf(response)).toEqual({ status: 429, code: "RATE_LIMITED" });
      expect(watch.reads).toBe(0);
    } finally {
      for (const ticket of tickets) ticket.release();
    }
    const again = await postImportPreview({
      idOrSlug: glossary.id,
      body: fixture("glossary-starter.tbx"),
      query: { format: "tbx" },
      authorization: editor,
    });
    expect(again.status).toBe(200);
  });

  it("answers 422 TIME_BUDGET_EXCEEDED when reading the file outlasts the budget", async () => {
    process.env.JOB_TIME_BUDGET_MS = "300";
    const glossary = await newGlossary();
    const started = performance.now();
    const response = await postImportPreview({
      idOrSlug: glossary.id,
      body: new TextEncoder().encode(bulkyDeepTbx({ bytes: 20 * MB, depth: 20_000 })),
      query: { format: "tbx" },
      authorization: editor,
    });
    expect(await errorOf(response)).toEqual({ status: 422, code: "TIME_BUDGET_EXCEEDED" });
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe("POST /api/v1/glossaries/{idOrSlug}/imports", () => {
  it("imports the file in one go at the previewed version, and answers 409 at another without reading", async () => {
    const glossary = await newGlossary();
    const call = { idOrSlug: glossary.id, query: { format: "tbx", filename: "starter.tbx" }, authorization: editor };
    const { stream, watch } = watchedBody();
    const stale = await postImport({ ...call, body: stream, query: { ...call.query, expectedVersion: 7 } });
    expect(await errorOf(stale)).toEqual({ status: 409, code: "CONFLICT" });
    expect(watch.reads).toBe(0);
    const response = await postImport({
      ...call,
      body: fixture("glossary-starter.tbx"),
      query: { ...call.query, expectedVersion: 1 },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ added: 4, changed: 0, unchanged: 0, skipped: 0 });
    expect(await snapshot(glossary.id)).toMatchObject({ version: 2, concepts: 4 });
    const audit = await (
      await getTestDb()
    ).auditLog.findFirst({ where: { targetId: glossary.id, action: "glossary.import" } });
    expect(audit?.details).toMatchObject({ origin: "starter.tbx" });
  });

  it("changes nothing when it refuses: rejected entries, a malformed file, a file past the time budget", async () => {
    const glossary = await newGlossary();
    const starter = await postImport({
      idOrSlug: glossary.id,
      body: fixture("glossary-starter.tbx"),
      query: { format: "tbx", expectedVersion: 1 },
      authorization: editor,
    });
    expect(starter.status).toBe(200);
    const before = await snapshot(glossary.id);
    const refuse = (body: Uint8Array<ArrayBuffer>) =>
      postImport({ idOrSlug: glossary.id, body, query: { format: "tbx", expectedVersion: 2 }, authorization: editor });

    expect(await errorOf(await refuse(fixture("glossary-with-reject.tbx")))).toEqual({
      status: 400,
      code: "INVALID_INPUT",
    });
    expect(await errorOf(await refuse(fixture("glossary-malformed.tbx")))).toEqual({
      status: 400,
      code: "INVALID_INPUT",
    });
    process.env.JOB_TIME_BUDGET_MS = "300";
    expect(
      await errorOf(await refuse(new TextEncoder().encode(bulkyDeepTbx({ bytes: 20 * MB, depth: 20_000 })))),
    ).toEqual({
      status: 422,
      code: "TIME_BUDGET_EXCEEDED",
    });
    expect(await snapshot(glossary.id)).toEqual(before);
  });
});
