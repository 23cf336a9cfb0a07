// A job process (run-job.ts): takes one job (server/jobs/job-kinds.ts) from its parent, sends back the result,
// and ends. It is loaded from source through tsx, so it imports only lib/ code and relative paths, never "@/" or
// Next.js.
import { writeGlossaryCsv } from "../../lib/formats/csv/write-glossary-csv.ts";
import { readGlossaryFile } from "../../lib/formats/read-glossary-file.ts";
import { writeTbx } from "../../lib/formats/tbx/write-tbx.ts";
import type { Job, WorkerReply } from "./job-kinds.ts";

function run(job: Job): unknown {
  if (job.kind === "readGlossaryFile") return readGlossaryFile(job.file);
  return job.format === "tbx" ? writeTbx(job.header, job.concepts) : writeGlossaryCsv(job.concepts, job.layout);
}

process.once("message", (job: Job) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: run(job) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  process.send!(reply, () => process.disconnect());
});
