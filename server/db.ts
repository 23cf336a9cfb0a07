// The one Prisma client of the process. DATABASE_URL picks SQLite (embedded default) or
// PostgreSQL (scale-out); app code is typed against the SQLite client, the portable subset.
import type { PrismaClient as SqliteClient } from "../generated/sqlite/client.ts";
import { databaseProvider, databaseUrl, type DatabaseProvider } from "../prisma/database-url.ts";

export type Db = SqliteClient;

type Connection = { db: Db; provider: DatabaseProvider };

const globalForDb = globalThis as unknown as { parallelDb?: Promise<Connection> };

/** Which provider each client talks to, for the few queries whose syntax differs. */
const providers = new WeakMap<Db, DatabaseProvider>();

export function providerOf(db: Db): DatabaseProvider {
  return providers.get(db) ?? "sqlite";
}

async function connect(url: string): Promise<Connection> {
  const connection = await open(url);
  providers.set(connection.db, connection.provider);
  return connection;
}

/**
 * Batch transactions run under these limits too. Prisma's default 5 s is too short for a glossary import, which
 * writes a whole file in one transaction (thousands of entries); a failed one still rolls back at once.
 */
const transactionOptions = { maxWait: 10_000, timeout: 300_000 };

async function open(url: string): Promise<Connection> {
  const provider = databaseProvider(url);
  if (provider === "postgresql") {
    const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
      import("../generated/postgresql/client.ts"),
      import("@prisma/adapter-pg"),
    ]);
    // The two generated clients differ only in PG-only API; the app uses the common subset.
    const db = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url }),
      transactionOptions,
    }) as unknown as Db;
    return { db, provider };
  }
  const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([
    import("../generated/sqlite/client.ts"),
    import("@prisma/adapter-better-sqlite3"),
  ]);
  // busy timeout: a second process (CLI import while the server runs) waits instead of failing.
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }), transactionOptions });
  // WAL lets readers proceed while one writer writes.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  return { db, provider };
}

/** The shared client, created on first use. */
export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}

export async function getConnection(): Promise<Connection> {
  globalForDb.parallelDb ??= connect(databaseUrl());
  return globalForDb.parallelDb;
}

/** A client for an explicit URL (scripts and tests that manage their own database). */
export async function createDb(url: string): Promise<Db> {
  return (await connect(url)).db;
}
