// The migrated database of this test run (see global-setup.ts), shared by a test file.
import { inject } from "vitest";
import { createDb, type Db } from "../db.ts";

let db: Promise<Db> | undefined;

export function getTestDb(): Promise<Db> {
  db ??= createDb(inject("databaseUrl"));
  return db;
}

/** A suffix that keeps rows of different tests and runs apart. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
