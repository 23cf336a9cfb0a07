// The production server started on a database it cannot use: it must say why in one sentence and exit with its
// sysexits code (instrumentation.ts), not come up and answer every request with a 500.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startSecondServer } from "./fixtures/second-server";

/** A server that stayed up instead of exiting is stopped, so that the test fails on its exit code, not a timeout. */
async function exitOf(databaseUrl: string) {
  const server = startSecondServer(7, { DATABASE_URL: databaseUrl });
  const timer = setTimeout(() => void server.stop(), 40_000);
  const code = await server.exited;
  clearTimeout(timer);
  return { code, output: server.output() };
}

test("a server on an unmigrated database says to run setup and exits 78", async () => {
  test.setTimeout(60_000);
  const folder = mkdtempSync(path.join(tmpdir(), "parallel-unmigrated-"));
  try {
    const { code, output } = await exitOf(`file:${path.join(folder, "empty.db")}`);
    expect(code).toBe(78);
    expect(output).toContain("is missing migrations: run `npm run setup` (it applies them), then start again.");
    expect(output).not.toMatch(/\n[^\S\n]+at |Prisma\w*Error/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a server whose PostgreSQL is unreachable says so and exits 69 @smoke", async () => {
  test.setTimeout(60_000);
  const { code, output } = await exitOf("postgresql://postgres@127.0.0.1:1/parallel");
  expect(code).toBe(69);
  expect(output).toContain("Cannot reach the PostgreSQL database parallel at 127.0.0.1:1");
  expect(output).not.toMatch(/\n[^\S\n]+at |Prisma\w*Error/);
});
