// A glossary file uploaded to the import routes, from admission to parsed entries: a place in the job queue first
// (429 when it is full), then the body streamed in under its limit (413), then parsed in a job process under the
// time budget (422). The caller has been authenticated and authorized by then (withRoute).
import type { CsvMapping } from "../../lib/formats/csv/csv-mapping.ts";
import type { GlossaryFile, GlossaryFileRead } from "../../lib/formats/read-glossary-file.ts";
import { MAX_GLOSSARY_FILE_BYTES } from "../glossaries/schema.ts";
import { admitJob, runAdmittedJob } from "../jobs/run-job.ts";
import { readBody } from "./read-body.ts";

type UploadQuery = { format: "tbx" | "csv"; mapping?: CsvMapping };

/** @example await readGlossaryUpload(request, { format: "tbx" }) // { glossary, concepts, lines, report } */
export async function readGlossaryUpload(request: Request, query: UploadQuery): Promise<GlossaryFileRead> {
  const ticket = admitJob();
  try {
    const content = await readBody(request, MAX_GLOSSARY_FILE_BYTES);
    const file: GlossaryFile =
      query.format === "tbx" ? { format: "tbx", content } : { format: "csv", content, mapping: query.mapping! };
    return await runAdmittedJob(ticket, { kind: "readGlossaryFile", file }, request.signal);
  } finally {
    // After run() this is a no-op; before it (a refused body) it frees the place.
    ticket.release();
  }
}
