// Vitest global setup: one migrated database per run. SQLite by default (a fresh file);
// PostgreSQL when TEST_DATABASE_URL points at one (CI creates and drops that database).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let file: string | undefined;
  if (!url) {
    mkdirSync("data", { recursive: true });
    file = path.resolve("data", `test-${process.pid}.db`);
    url = `file:${file}`;
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("databaseUrl", url);
  return () => {
    if (file) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
