// Start-up with a database that cannot be used, as an operator meets it: the real scripts in child processes
// (`npm run db:check`, the server's own check, and `npm start`'s setup step) against real files and servers.
// Each must print one sentence and exit with its sysexits code; none may print a stack.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

/** The machine's PostgreSQL server (CI has the same), reached through its maintenance database. */
const postgresServer = process.env.PG_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const folder = mkdtempSync(path.join(tmpdir(), "parallel-start-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };

function run(script: "check-database" | "setup", databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", `scripts/${script}.ts`], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PARALLEL_SKIP_DEMO: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** What the operator reads: our lines only (Prisma's config loader prints a notice of its own on stdout). */
function expectOneSentence(result: Run, exitCode: number, pattern: RegExp) {
  expect(result.code).toBe(exitCode);
  const lines = result.stderr.split("\n").filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr + result.stdout).not.toMatch(/\n[^\S\n]+at |node_modules|Prisma\w*Error|variant/);
}

/** An SQLite file with every migration applied, in WAL mode like the app leaves it (readers pass a writer's lock). */
function migratedSqliteFile(name: string): string {
  const url = `file:${path.join(folder, name)}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  const file = new Database(url.slice("file:".length));
  file.pragma("journal_mode = WAL");
  file.close();
  return url;
}

describe("the database the tests run on", () => {
  it("passes the check", async () => {
    const result = await run("check-database", process.env.DATABASE_URL!);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("reachable and fully migrated");
  });
});

describe("an SQLite file", () => {
  it("without the app's tables: the check says to run setup (exit 78)", async () => {
    const result = await run("check-database", `file:${path.join(folder, "empty.db")}`);
    expectOneSentence(
      result,
      78,
      /^\[db:check\] The SQLite file .*empty\.db is missing migrations: run `npm run setup`/,
    );
  });

  it("one migration behind the code: the check names it (exit 78)", async () => {
    const url = migratedSqliteFile("behind.db");
    const file = new Database(url.slice("file:".length));
    const latest = file.prepare("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC").get() as {
      migration_name: string;
    };
    file.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(latest.migration_name);
    file.close();
    const result = await run("check-database", url);
    expectOneSentence(result, 78, new RegExp(`missing migrations \\(1 pending, the first ${latest.migration_name}\\)`));
  });

  it("locked by another process: setup says so (exit 75) after the busy timeout", async () => {
    const url = migratedSqliteFile("locked.db");
    const holder = new Database(url.slice("file:".length));
    holder.exec("BEGIN EXCLUSIVE");
    try {
      const result = await run("setup", url);
      expectOneSentence(result, 75, /^\[setup\] The SQLite file .*locked\.db is locked by another process/);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  }, 60_000);

  it("in a folder that cannot exist: setup says so (exit 73)", async () => {
    const result = await run("setup", "file:/etc/passwd/parallel.db");
    expectOneSentence(result, 73, /^\[setup\] Cannot open or create the SQLite file \/etc\/passwd\/parallel\.db/);
  });
});

describe("a PostgreSQL database", () => {
  it("on a port where nothing listens: unreachable (exit 69)", async () => {
    const result = await run("setup", "postgresql://postgres@127.0.0.1:1/parallel");
    expectOneSentence(result, 69, /^\[setup\] Cannot reach the PostgreSQL database parallel at 127\.0\.0\.1:1/);
  });

  it("that does not exist on a running server: missing (exit 78)", async () => {
    const url = new URL(postgresServer);
    url.pathname = "/parallel_no_such_database";
    const result = await run("setup", url.toString());
    expectOneSentence(result, 78, /does not exist: create it, or correct DATABASE_URL\.$/);
  });

  it("with a user the server does not know: refused (exit 77)", async () => {
    const url = new URL(postgresServer);
    url.username = "parallel_no_such_user";
    const result = await run("setup", url.toString());
    expectOneSentence(result, 77, /refused the user or password in DATABASE_URL\.$/);
  });

  it("that exists but was never migrated: the check says to run setup (exit 78)", async () => {
    const name = `parallel_unmigrated_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresServer });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
    try {
      const url = new URL(postgresServer);
      url.pathname = `/${name}`;
      const result = await run("check-database", url.toString());
      expectOneSentence(
        result,
        78,
        /^\[db:check\] The PostgreSQL database parallel_unmigrated_\d+ .* is missing migrations/,
      );
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

describe("DATABASE_URL", () => {
  it("naming another kind of database: setup says which kinds work (exit 78)", async () => {
    const result = await run("setup", "mysql://root@127.0.0.1/parallel");
    expectOneSentence(result, 78, /^\[setup\] DATABASE_URL must start with file: .* or postgresql:\/\//);
  });
});
