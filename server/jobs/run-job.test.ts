// The job processes for real: a job's result comes back from its process, a job past its time budget or memory cap
// is stopped (its process is gone) with TIME_BUDGET_EXCEEDED or PAYLOAD_TOO_LARGE while this process lives on, and
// admission lets a few run, a few wait, refuses the rest.
import { describe, expect, it } from "vitest";
import { bulkyDeepTbx } from "../../lib/testing/hostile-inputs.ts";
import { AppError } from "../errors.ts";
import { createJobQueue } from "./job-queue.ts";
import { jobSettings } from "./job-settings.ts";
import { runJob } from "./run-job.ts";

const limits = { timeBudgetMs: 20_000, memoryMb: 256 };

/** Whether the process is gone (killed and reaped), waiting up to two seconds for it. */
async function isGone(pid: number | undefined): Promise<boolean> {
  for (let waited = 0; waited < 2_000; waited += 50) {
    try {
      process.kill(pid!, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe("runJob", () => {
  it("reads a glossary file in a job process and gives back its entries", async () => {
    const read = await runJob(
      {
        kind: "readGlossaryFile",
        file: { format: "tbx", content: new TextEncoder().encode(bulkyDeepTbx({ bytes: 2000, depth: 0 })) },
      },
      limits,
    );
    expect(read.report.errors).toEqual([]);
    expect(read.concepts.length).toBeGreaterThan(3);
    expect(read.concepts[0].terms.map((term) => term.text)).toEqual(["term 0"]);
  });

  it("writes an export in a job process", async () => {
    const csv = await runJob(
      {
        kind: "writeGlossaryFile",
        format: "csv",
        layout: "termPerRow",
        concepts: [{ terms: [{ language: "en", text: "=SUM(A1)", status: "preferred" }] }],
      },
      limits,
    );
    expect(csv).toContain("'=SUM(A1)");
  });

  it("stops a job past its budget: TIME_BUDGET_EXCEEDED on time, and its process is gone", async () => {
    const content = new TextEncoder().encode(bulkyDeepTbx({ bytes: 20 * 1024 * 1024, depth: 20_000 }));
    let pid: number | undefined;
    const started = performance.now();
    const code = await codeOf(
      runJob(
        { kind: "readGlossaryFile", file: { format: "tbx", content } },
        { ...limits, timeBudgetMs: 300, onStart: (id) => (pid = id) },
      ),
    );
    const elapsed = performance.now() - started;
    expect(code).toBe("TIME_BUDGET_EXCEEDED");
    expect(elapsed).toBeLessThan(1_500);
    expect(await isGone(pid)).toBe(true);
  });

  it("stops the job of a client that went away", async () => {
    const content = new TextEncoder().encode(bulkyDeepTbx({ bytes: 20 * 1024 * 1024, depth: 20_000 }));
    const controller = new AbortController();
    let pid: number | undefined;
    const running = codeOf(
      runJob(
        { kind: "readGlossaryFile", file: { format: "tbx", content } },
        { ...limits, signal: controller.signal, onStart: (id) => (pid = id) },
      ),
    );
    setTimeout(() => controller.abort(), 200);
    expect(await running).toMatch(/aborted/);
    expect(await isGone(pid)).toBe(true);
  });

  it("stops a job past its memory cap with PAYLOAD_TOO_LARGE, and only the job's process ends", async () => {
    const content = new TextEncoder().encode(bulkyDeepTbx({ bytes: 30 * 1024 * 1024, depth: 0 }));
    let pid: number | undefined;
    const code = await codeOf(
      runJob(
        { kind: "readGlossaryFile", file: { format: "tbx", content } },
        { timeBudgetMs: 60_000, memoryMb: 64, onStart: (id) => (pid = id) },
      ),
    );
    expect(code).toBe("PAYLOAD_TOO_LARGE");
    expect(await isGone(pid)).toBe(true);
  });
});

describe("job admission", () => {
  it("admits concurrency + queueLimit jobs, refuses the next with RATE_LIMITED, and admits again once one is done", async () => {
    const queue = createJobQueue({ concurrency: 1, queueLimit: 1 });
    const first = queue.admit();
    const second = queue.admit();
    expect(() => queue.admit()).toThrow(expect.objectContaining({ code: "RATE_LIMITED" }));
    second.release();
    second.release();
    const third = queue.admit();
    expect(queue.admitted).toBe(2);
    let release!: () => void;
    const order: string[] = [];
    const running = first.run(async () => {
      order.push("first started");
      await new Promise<void>((resolve) => (release = resolve));
      order.push("first done");
    });
    const waiting = third.run(async () => order.push("third started"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queue.running).toBe(1);
    expect(order).toEqual(["first started"]);
    release();
    await Promise.all([running, waiting]);
    expect(order).toEqual(["first started", "first done", "third started"]);
    expect({ admitted: queue.admitted, running: queue.running }).toEqual({ admitted: 0, running: 0 });
  });

  it("frees the slot when the job fails", async () => {
    const queue = createJobQueue({ concurrency: 1, queueLimit: 0 });
    await expect(queue.admit().run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(queue.admitted).toBe(0);
    queue.admit().release();
  });

  it("runs one job at a time on two cores, two on more, and reads its limits from the environment", () => {
    const settings = jobSettings({ JOB_TIME_BUDGET_MS: "1500", JOB_QUEUE_LIMIT: "0" });
    expect(settings).toMatchObject({ timeBudgetMs: 1500, queueLimit: 0, memoryMb: 768 });
    expect(settings.concurrency).toBeGreaterThanOrEqual(1);
    expect(settings.concurrency).toBeLessThanOrEqual(2);
    expect(jobSettings({}).timeBudgetMs).toBe(30_000);
    expect(() => jobSettings({ JOB_TIME_BUDGET_MS: "soon" })).toThrow();
  });
});
