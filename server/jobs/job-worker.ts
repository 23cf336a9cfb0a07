// The entry of a job worker thread: runs one job (server/jobs/job-kinds.ts) and posts its result. It is loaded from
// source through tsx (see run-job.ts), so it must import only lib/ code and relative paths, never "@/" or Next.js.
import { parentPort, workerData } from "node:worker_threads";
import { writeGlossaryCsv } from "../../lib/formats/csv/write-glossary-csv.ts";
import { readGlossaryFile } from "../../lib/formats/read-glossary-file.ts";
import { writeTbx } from "../../lib/formats/tbx/write-tbx.ts";
import type { Job, WorkerReply } from "./job-kinds.ts";

function run(job: Job): unknown {
  if (job.kind === "readGlossaryFile") return readGlossaryFile(job.file);
  return job.format === "tbx" ? writeTbx(job.header, job.concepts) : writeGlossaryCsv(job.concepts, job.layout);
}

let reply: WorkerReply;
try {
  reply = { ok: true, result: run(workerData as Job) };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
parentPort?.postMessage(reply);
