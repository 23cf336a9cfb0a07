// The start-up check of the database, shared by `npm start`'s setup step and the server itself
// (instrumentation.ts): either nothing, or the one sentence and exit code an operator needs.
import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  describeDatabaseFailure,
  describeTarget,
  exitCodes,
  notMigrated,
  pendingMigrations,
  type DatabaseFailure,
} from "../../lib/operations/database-failure.ts";
import { databaseProvider, databaseUrl, type DatabaseProvider } from "../../prisma/database-url.ts";
import { appliedMigrations, pingDatabase, probeSqliteWriteLock } from "./queries.ts";

/** The migrations this code ships (prisma/<provider>/migrations/<name>/migration.sql). */
function migrationsInCode(provider: DatabaseProvider): string[] {
  const folder = path.resolve("prisma", provider, "migrations");
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name);
}

/**
 * Why the app's database (DATABASE_URL) cannot be used as it is, or undefined when it answers, can be written (an
 * SQLite file in WAL mode answers reads while another process holds its write lock) and, unless
 * `migrations: false`, has every migration of the code applied.
 */
export async function checkDatabase(options: { migrations?: boolean } = {}): Promise<DatabaseFailure | undefined> {
  const url = databaseUrl();
  try {
    const provider = databaseProvider(url);
    if (provider === "sqlite") {
      const file = path.resolve(url.slice("file:".length));
      if (!existsSync(path.dirname(file)))
        return describeDatabaseFailure(Object.assign(new Error("no folder"), { code: "ENOENT" }), url);
      await probeSqliteWriteLock(file);
    }
    await pingDatabase();
    if (options.migrations === false) return undefined;
    const pending = pendingMigrations(migrationsInCode(provider), await appliedMigrations());
    return pending.length ? notMigrated(describeTarget(url), pending) : undefined;
  } catch (error) {
    return describeDatabaseFailure(error, url) ?? unexpected(error, url);
  }
}

/** An error this check does not know: still one sentence, the error's own last line (Prisma puts its reason last). */
function unexpected(error: unknown, url: string): DatabaseFailure {
  const lines = String(error instanceof Error ? error.message : error)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    reason: "unexpected",
    sentence: `Cannot use ${describeTarget(url)}: ${lines.at(-1) ?? "unknown error"}`,
    exitCode: exitCodes.EX_SOFTWARE,
  };
}
