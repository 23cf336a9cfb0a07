// The migrated database of this test run (global-setup.ts; DATABASE_URL set by database-env.ts).
import { getDb, type Db } from "../db.ts";

/** The client the data layer uses in this run, for assertions on what a call wrote. */
export function getTestDb(): Promise<Db> {
  return getDb();
}

/** A suffix that keeps rows of different tests and runs apart. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
