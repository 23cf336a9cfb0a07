// The production server started on a database it cannot use: it must say why in one sentence and exit with its
// sysexits code (instrumentation.ts), not come up and answer every request with a 500. A second server, on its own
// port, next to the one the other specs use.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

function startServer(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const port = String(Number(process.env.E2E_PORT ?? 3100) + 7);
  return new Promise((resolve, reject) => {
    const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout.on("data", (chunk) => (output += chunk));
    server.stderr.on("data", (chunk) => (output += chunk));
    server.on("error", reject);
    // A server that stays up instead of exiting fails the test by its timeout; kill it so that it frees the port.
    const timer = setTimeout(() => server.kill(), 50_000);
    server.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("a server on an unmigrated database says to run setup and exits 78", async () => {
  test.setTimeout(60_000);
  const folder = mkdtempSync(path.join(tmpdir(), "parallel-unmigrated-"));
  try {
    const { code, output } = await startServer(`file:${path.join(folder, "empty.db")}`);
    expect(code).toBe(78);
    expect(output).toContain("is missing migrations: run `npm run setup` (it applies them), then start again.");
    expect(output).not.toMatch(/\n\s+at |Prisma\w*Error/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a server whose PostgreSQL is unreachable says so and exits 69 @smoke", async () => {
  test.setTimeout(60_000);
  const { code, output } = await startServer("postgresql://postgres@127.0.0.1:1/parallel");
  expect(code).toBe(69);
  expect(output).toContain("Cannot reach the PostgreSQL database parallel at 127.0.0.1:1");
  expect(output).not.toMatch(/\n\s+at |Prisma\w*Error/);
});
