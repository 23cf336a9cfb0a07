// Admission control for heavy jobs: a few run at once, a few more wait, and beyond that a request is refused
// (429) before its body is read. A slot is taken at admission, so a queued upload cannot be overtaken by one that
// arrives later and has not been admitted.
import { AppError } from "../errors.ts";

export type JobTicket = {
  /** Waits for a running slot, runs `work`, then frees the slot. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Gives the slot back without running (the body was refused, the client went away). Idempotent. */
  release(): void;
};

export type JobQueue = { admit(): JobTicket; readonly admitted: number; readonly running: number };

/** @example createJobQueue({ concurrency: 1, queueLimit: 2 }).admit() // a ticket, or AppError RATE_LIMITED */
export function createJobQueue({ concurrency, queueLimit }: { concurrency: number; queueLimit: number }): JobQueue {
  let admitted = 0;
  let running = 0;
  const waiting: (() => void)[] = [];

  function startNext() {
    while (running < concurrency && waiting.length) {
      running += 1;
      waiting.shift()!();
    }
  }

  function admit(): JobTicket {
    if (admitted >= concurrency + queueLimit)
      throw new AppError("RATE_LIMITED", "The server is busy with other imports; try again in a minute");
    admitted += 1;
    let isDone = false;
    const finish = () => {
      if (isDone) return;
      isDone = true;
      admitted -= 1;
    };
    return {
      async run(work) {
        if (isDone) throw new Error("A job ticket runs once");
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          startNext();
        });
        try {
          return await work();
        } finally {
          running -= 1;
          finish();
          startNext();
        }
      },
      release: finish,
    };
  }

  return {
    admit,
    get admitted() {
      return admitted;
    },
    get running() {
      return running;
    },
  };
}
