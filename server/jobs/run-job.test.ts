// The job workers for real: a job's result comes back from its thread, a job past its time budget is stopped (its
// thread no longer burns CPU) with TIME_BUDGET_EXCEEDED, and admission lets a few run, a few wait, refuses the rest.
import { describe, expect, it } from "vitest";
import { bulkyDeepTbx } from "../../lib/testing/hostile-inputs.ts";
import { AppError } from "../errors.ts";
import { createJobQueue } from "./job-queue.ts";
import { jobSettings } from "./job-settings.ts";
import { runJob } from "./run-job.ts";

const limits = { timeBudgetMs: 20_000, memoryMb: 256 };

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe("runJob", () => {
  it("reads a glossary file in a worker thread and gives back its entries", async () => {
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

  it("writes an export in a worker thread", async () => {
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

  it("stops a job past its budget: TIME_BUDGET_EXCEEDED on time, and its thread stops working", async () => {
    const content = new TextEncoder().encode(bulkyDeepTbx({ bytes: 20 * 1024 * 1024, depth: 20_000 }));
    const started = performance.now();
    const code = await codeOf(
      runJob({ kind: "readGlossaryFile", file: { format: "tbx", content } }, { ...limits, timeBudgetMs: 300 }),
    );
    const elapsed = performance.now() - started;
    expect(code).toBe("TIME_BUDGET_EXCEEDED");
    expect(elapsed).toBeLessThan(1_500);
    // A worker still parsing would add its CPU time to the process's; a terminated one adds none.
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(400);
  });

  it("stops the job of a client that went away", async () => {
    const content = new TextEncoder().encode(bulkyDeepTbx({ bytes: 20 * 1024 * 1024, depth: 20_000 }));
    const controller = new AbortController();
    const running = codeOf(
      runJob({ kind: "readGlossaryFile", file: { format: "tbx", content } }, { ...limits, signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 200);
    expect(await running).toMatch(/aborted/);
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(400);
  });

  it("stops a job past its memory cap with PAYLOAD_TOO_LARGE", async () => {
    const content = new TextEncoder().encode(bulkyDeepTbx({ bytes: 30 * 1024 * 1024, depth: 0 }));
    const code = await codeOf(
      runJob({ kind: "readGlossaryFile", file: { format: "tbx", content } }, { timeBudgetMs: 60_000, memoryMb: 96 }),
    );
    expect(code).toBe("PAYLOAD_TOO_LARGE");
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
