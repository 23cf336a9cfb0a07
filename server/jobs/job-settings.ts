// The limits of the job processes, from the environment: the time budget of one job, how many run at once, how
// many may wait, and the heap of each process.
import { availableParallelism } from "node:os";
import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const settingsSchema = z.object({
  JOB_TIME_BUDGET_MS: positiveInt(30_000),
  // One core stays with the request thread: the reader keeps answering while imports run.
  JOB_CONCURRENCY: positiveInt(Math.max(1, Math.min(2, availableParallelism() - 1))),
  JOB_QUEUE_LIMIT: z.coerce.number().int().min(0).default(2),
  // A 50 MB upload parsed into entries needs a few hundred MB; beyond this the job's process ends. Far lower caps
  // are refused: the process needs about 40 MB to load.
  JOB_MEMORY_MB: z.coerce.number().int().min(96).default(768),
});

export type JobSettings = {
  timeBudgetMs: number;
  concurrency: number;
  queueLimit: number;
  memoryMb: number;
};

/** Throws at start-up use with the variable's name when a value is not a positive integer. */
export function jobSettings(env: Record<string, string | undefined> = process.env): JobSettings {
  const parsed = settingsSchema.parse({
    JOB_TIME_BUDGET_MS: env.JOB_TIME_BUDGET_MS || undefined,
    JOB_CONCURRENCY: env.JOB_CONCURRENCY || undefined,
    JOB_QUEUE_LIMIT: env.JOB_QUEUE_LIMIT || undefined,
    JOB_MEMORY_MB: env.JOB_MEMORY_MB || undefined,
  });
  return {
    timeBudgetMs: parsed.JOB_TIME_BUDGET_MS,
    concurrency: parsed.JOB_CONCURRENCY,
    queueLimit: parsed.JOB_QUEUE_LIMIT,
    memoryMb: parsed.JOB_MEMORY_MB,
  };
}
