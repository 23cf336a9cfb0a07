// Runs heavy work (parsing an upload, writing an export) in a worker thread, so that the request thread keeps
// serving everyone else, with a time budget (the worker is terminated when it runs out) and a memory cap.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "../errors.ts";
import type { Job, JobResult, WorkerReply } from "./job-kinds.ts";
import { createJobQueue, type JobTicket } from "./job-queue.ts";
import { jobSettings } from "./job-settings.ts";

/**
 * The worker starts from a plain .mjs file that loads the TypeScript worker through tsx, the same way under
 * `next start`, a custom `tsx server.ts` and Vitest: a bundled worker's chunk path would differ between these. The
 * path is built at run time (from the directory the server was started in, the project root) so that the bundler
 * leaves it alone.
 */
const workerFile = () => path.join(process.cwd(), "server", "jobs", "job-worker-entry.mjs");

export type RunJobOptions = { timeBudgetMs: number; memoryMb: number };

/** Runs one job in a fresh worker: TIME_BUDGET_EXCEEDED past the budget, PAYLOAD_TOO_LARGE past the memory cap. */
export function runJob<J extends Job>(job: J, options: RunJobOptions): Promise<JobResult<J>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), {
      workerData: job,
      transferList: transferable(job),
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    let isSettled = false;
    const settle = (outcome: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new AppError("TIME_BUDGET_EXCEEDED", "The file took too long to read; nothing was changed")));
      void worker.terminate();
    }, options.timeBudgetMs);
    worker.once("message", (reply: WorkerReply) => {
      settle(() =>
        reply.ok
          ? resolve(reply.result as JobResult<J>)
          : reject(new Error(`Job ${job.kind} failed: ${reply.message}`)),
      );
      void worker.terminate();
    });
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new AppError("PAYLOAD_TOO_LARGE", "The file needs more memory than an import may use")
            : error,
        ),
      ),
    );
    worker.once("exit", (exitCode) =>
      settle(() => reject(new Error(`Job ${job.kind} worker exited with code ${exitCode} before answering`))),
    );
  });
}

/** An upload's bytes move to the worker instead of being copied, when they own their whole buffer. */
function transferable(job: Job): ArrayBuffer[] {
  if (job.kind !== "readGlossaryFile" || typeof job.file.content === "string") return [];
  const { buffer, byteLength } = job.file.content;
  return buffer instanceof ArrayBuffer && buffer.byteLength === byteLength ? [buffer] : [];
}

const settings = jobSettings();
// One queue per server process (kept on globalThis so that dev-mode module reloads do not make a second one).
const shared = globalThis as typeof globalThis & { parallelJobQueue?: ReturnType<typeof createJobQueue> };
const queue = (shared.parallelJobQueue ??= createJobQueue(settings));

/** A place in the server's job queue, taken before a request body is read; RATE_LIMITED when the queue is full. */
export function admitJob(): JobTicket {
  return queue.admit();
}

/** Runs a job on an admitted ticket with the configured limits. */
export function runAdmittedJob<J extends Job>(ticket: JobTicket, job: J): Promise<JobResult<J>> {
  return ticket.run(() => runJob(job, settings));
}

/** Admits and runs a job whose input is already at hand (an export); RATE_LIMITED when the queue is full. */
export function runQueuedJob<J extends Job>(job: J): Promise<JobResult<J>> {
  return runAdmittedJob(admitJob(), job);
}
