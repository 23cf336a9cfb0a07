// What the start-up check asks the database: that it answers, and which migrations it has applied.
import "server-only";
import { getDb } from "../db.ts";

/** One round trip: opens the connection (and SQLite's file) and fails the way the first real query would. */
export async function pingDatabase(): Promise<void> {
  const db = await getDb();
  await db.$queryRaw`SELECT 1`;
}

/** The migrations Prisma recorded as applied and not rolled back (its own table, the same on both providers). */
export async function appliedMigrations(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.migration_name);
}

/**
 * Waits (up to the busy timeout) for SQLite's write lock and lets it go again, changing nothing: whether a writer
 * such as `prisma migrate deploy` could start now. Its own short-lived connection, so that the app's client never
 * holds a transaction it did not open through Prisma. Throws SQLite's SQLITE_BUSY when another process keeps the lock.
 */
export async function probeSqliteWriteLock(file: string, timeoutMs = 10_000): Promise<void> {
  const { default: Database } = await import("better-sqlite3");
  const connection = new Database(file, { timeout: timeoutMs, fileMustExist: false });
  try {
    connection.exec("BEGIN IMMEDIATE");
    connection.exec("ROLLBACK");
  } finally {
    connection.close();
  }
}
