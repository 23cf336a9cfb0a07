// The work the job workers do (server/jobs/job-worker.ts), as plain data on both sides of the thread: what the
// request thread sends, and what comes back. Only lib/ code runs in a worker: no database, no Next.js.
import type { CsvLayout } from "../../lib/formats/csv/csv-mapping.ts";
import type { GlossaryFile, GlossaryFileRead } from "../../lib/formats/read-glossary-file.ts";
import type { Concept, Glossary } from "../../lib/glossary/types.ts";

export type Job =
  /** Parse and validate an uploaded glossary file (TBX or CSV). */
  | { kind: "readGlossaryFile"; file: GlossaryFile }
  /** Serialize a glossary for download. */
  | { kind: "writeGlossaryFile"; format: "tbx"; header: Glossary; concepts: Concept[] }
  | { kind: "writeGlossaryFile"; format: "csv"; layout: CsvLayout; concepts: Concept[] };

export type JobResult<J extends Job> = J extends { kind: "readGlossaryFile" } ? GlossaryFileRead : string;

/** What a worker posts back: its result, or that it failed (the message is for the server log only). */
export type WorkerReply = { ok: true; result: unknown } | { ok: false; message: string };
