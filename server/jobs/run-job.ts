// Runs heavy work (parsing an upload, writing an export) in a worker thread, so that the request thread keeps
// serving everyone else, with a time budget (the worker is terminated when it runs out) and a memory cap.
import { Worker } from "node:worker_threads";
import { AppError } from "../errors.ts";
import type { Job, JobResult, WorkerReply } from "./job-kinds.ts";
import { createJobQueue, type JobQueue, type JobTicket } from "./job-queue.ts";
import { jobSettings } from "./job-settings.ts";

/**
 * The worker starts from a plain .mjs file that loads the TypeScript worker through tsx, the same way under
 * `next start`, a custom `tsx server.ts` and Vitest: a bundled worker's chunk path would differ between these, and
 * Turbopack cannot bundle tsx. So the thread is started from a line of code (eval) that imports the file from the
 * directory the server was started in (the project root), which the bundler does not follow.
 */
const workerBootstrap = `import(require("node:url").pathToFileURL(require("node:path").join(process.cwd(), "server/jobs/job-worker-entry.mjs")).href)`;

type RunJobOptions = {
  timeBudgetMs: number;
  memoryMb: number;
  /** The request's signal: a client that went away needs no answer, so its job is stopped. */
  signal?: AbortSignal;
};

/**
 * Runs one job in a fresh worker: TIME_BUDGET_EXCEEDED past the budget, PAYLOAD_TOO_LARGE past the memory cap; the
 * worker is terminated in every case, also when the signal aborts.
 */
export function runJob<J extends Job>(job: J, options: RunJobOptions): Promise<JobResult<J>> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new Error(`Job ${job.kind} aborted before it started`));
    const worker = new Worker(workerBootstrap, {
      eval: true,
      workerData: job,
      transferList: transferable(job),
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    let isSettled = false;
    const onAbort = () => {
      settle(() => reject(new Error(`Job ${job.kind} aborted: the client went away`)));
      void worker.terminate();
    };
    const settle = (outcome: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
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

// One queue per server process, sized at its first use (kept on globalThis so that dev-mode module reloads do not
// make a second one).
const shared = globalThis as typeof globalThis & { parallelJobQueue?: JobQueue };

/** A place in the server's job queue, taken before a request body is read; RATE_LIMITED when the queue is full. */
export function admitJob(): JobTicket {
  shared.parallelJobQueue ??= createJobQueue(jobSettings());
  return shared.parallelJobQueue.admit();
}

/** Runs a job on an admitted ticket, with the time budget and memory cap the environment sets now. */
export function runAdmittedJob<J extends Job>(ticket: JobTicket, job: J, signal?: AbortSignal): Promise<JobResult<J>> {
  return ticket.run(() => runJob(job, { ...jobSettings(), signal }));
}

/** Admits and runs a job whose input is already at hand (an export); RATE_LIMITED when the queue is full. */
export function runQueuedJob<J extends Job>(job: J, signal?: AbortSignal): Promise<JobResult<J>> {
  return runAdmittedJob(admitJob(), job, signal);
}
