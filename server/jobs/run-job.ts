// Runs heavy work (parsing an upload, writing an export) in a child process, so that the server keeps serving
// everyone else, with a time budget (the process is killed when it runs out) and a memory cap. A process rather
// than a worker thread: V8 may end the whole process when a heap limit is reached, and that must not be the server.
import { spawn } from "node:child_process";
import { AppError } from "../errors.ts";
import type { Job, JobResult, WorkerReply } from "./job-kinds.ts";
import { createJobQueue, type JobQueue, type JobTicket } from "./job-queue.ts";
import { jobSettings } from "./job-settings.ts";

/**
 * The process starts from a plain .mjs file that loads the TypeScript worker through tsx, the same way under
 * `next start`, the custom `tsx server.ts` and Vitest. Its path is computed inside the child, from the directory
 * the server was started in (the project root): a path in the server's own code would be taken by the bundler
 * for a module to bundle, and Turbopack cannot bundle tsx.
 */
const bootstrap = `import(require("node:url").pathToFileURL(require("node:path").join(process.cwd(), "server/jobs/job-worker-entry.mjs")).href)`;

type RunJobOptions = {
  timeBudgetMs: number;
  memoryMb: number;
  /** The request's signal: a client that went away needs no answer, so its job is stopped. */
  signal?: AbortSignal;
  /** Told the job process's id once it runs (tests check that it is gone afterwards). */
  onStart?: (pid: number) => void;
};

const outOfMemory = /heap out of memory|Reached heap limit/u;

/**
 * Runs one job in a fresh process: TIME_BUDGET_EXCEEDED past the budget, PAYLOAD_TOO_LARGE past the memory cap; the
 * process is killed in every case, also when the signal aborts.
 */
export function runJob<J extends Job>(job: J, options: RunJobOptions): Promise<JobResult<J>> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new Error(`Job ${job.kind} aborted before it started`));
    const child = spawn(process.execPath, [`--max-old-space-size=${options.memoryMb}`, "--eval", bootstrap], {
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    if (child.pid) options.onStart?.(child.pid);
    // Only the tail is kept: V8's last words say whether the heap ran out.
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4096)));
    const stderrClosed = new Promise((closed) => (child.stderr ? child.stderr.once("close", closed) : closed(null)));
    let isSettled = false;
    const settle = (outcome: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      child.kill("SIGKILL");
      outcome();
    };
    const onAbort = () => settle(() => reject(new Error(`Job ${job.kind} aborted: the client went away`)));
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(new AppError("TIME_BUDGET_EXCEEDED", "The file took too long to read; nothing was changed")),
        ),
      options.timeBudgetMs,
    );
    child.once("message", (reply: WorkerReply) =>
      settle(() =>
        reply.ok
          ? resolve(reply.result as JobResult<J>)
          : reject(new Error(`Job ${job.kind} failed: ${reply.message}`)),
      ),
    );
    child.once("error", (error) => settle(() => reject(error)));
    child.once(
      "exit",
      (exitCode, signal) =>
        // stderr may still be arriving when the process exits: read it once the pipe has closed.
        void stderrClosed.then(() =>
          settle(() =>
            reject(
              outOfMemory.test(stderr)
                ? new AppError("PAYLOAD_TOO_LARGE", "The file needs more memory than an import may use")
                : new Error(
                    `Job ${job.kind} process ended (${signal ?? exitCode}) before answering: ${stderr.slice(-500)}`,
                  ),
            ),
          ),
        ),
    );
    child.send(job);
  });
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
