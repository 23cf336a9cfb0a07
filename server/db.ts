// The one Prisma client of the process. DATABASE_URL picks SQLite (embedded default) or
// PostgreSQL (scale-out). Only server/**/queries.ts, server/**/mutations.ts and this file use it.
import "server-only";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { PrismaClient as PgClient } from "../generated/postgresql/client.ts";
import type { Prisma, PrismaClient as SqliteClient } from "../generated/sqlite/client.ts";
import { databaseProvider, databaseUrl, type DatabaseProvider } from "../prisma/database-url.ts";

/*
 * How the data layer is typed against two generated clients. TypeScript does not accept either
 * client where the other is expected: the delegates carry provider-specific metadata (a symbol-keyed
 * `types` record) and `aggregate`/`groupBy` return deferred conditional types that are never
 * related across the two. The CRUD methods themselves are assignable. So `Db` is a Pick of what the
 * app calls, in SQLite's types (the portable subset), and `open` assigns both clients to it without
 * a cast: a method PostgreSQL types differently fails the build there. `aggregate` is listed per
 * call shape, which both clients satisfy. PG-only API (`mode: "insensitive"`) goes through
 * `getProviderClient`, which narrows to the provider's own client.
 */
type Model =
  | "user"
  | "session"
  | "account"
  | "verification"
  | "rateLimit"
  | "accountLockout"
  | "apiToken"
  | "auditLog"
  | "article"
  | "paragraph"
  | "segment"
  | "translation"
  | "glossary"
  | "concept"
  | "term"
  | "conceptHistory"
  | "termProposal"
  | "dismissedTermCandidate";

type CrudMethod =
  | "findMany"
  | "findUnique"
  | "findUniqueOrThrow"
  | "findFirst"
  | "findFirstOrThrow"
  | "count"
  | "create"
  | "createMany"
  | "update"
  | "updateMany"
  | "upsert"
  | "delete"
  | "deleteMany";

type Latest = { _max: { updatedAt: true } };
type LatestResult = { _max: { updatedAt: Date | null } };

/**
 * The aggregates the app runs (cache fingerprints), one signature per call shape. An intersection, not
 * overloads: a client is checked against each member on its own, which both clients pass.
 */
type Aggregates = {
  article: { aggregate(args: Latest & { _count: true }): Prisma.PrismaPromise<LatestResult & { _count: number }> } & {
    aggregate(args: Latest): Prisma.PrismaPromise<LatestResult>;
  };
  glossary: {
    aggregate(args: {
      _sum: { version: true };
      _count: true;
    }): Prisma.PrismaPromise<{ _sum: { version: number | null }; _count: number }>;
  };
};

/** Batch transactions only: interactive ones are typed per client and not isolated on SQLite. */
type BatchTransaction = <P extends Prisma.PrismaPromise<unknown>[]>(
  writes: [...P],
) => Promise<{ [K in keyof P]: Awaited<P[K]> }>;

/** What both generated clients provide and the data layer uses. */
export type Db = { [M in Model]: Pick<SqliteClient[M], CrudMethod> } & Aggregates & {
    $transaction: BatchTransaction;
    $queryRaw: SqliteClient["$queryRaw"];
    $disconnect: SqliteClient["$disconnect"];
  };

/** The provider's own client, for the few queries whose API differs. */
export type ProviderClient =
  { provider: "sqlite"; client: SqliteClient } | { provider: "postgresql"; client: PgClient };

type Connection = ProviderClient & { db: Db };

/** Which provider each client talks to. */
const providers = new WeakMap<Db, DatabaseProvider>();

/** The provider behind a client; prefer `getProviderClient`, which also narrows the client's type. */
export function providerOf(db: Db): DatabaseProvider {
  return providers.get(db) ?? "sqlite";
}

const globalForDb = globalThis as unknown as { parallelDb?: Promise<Connection> };

/**
 * Batch transactions run under these limits too. Prisma's default 5 s is too short for a glossary import, which
 * writes a whole file in one transaction (thousands of entries); a failed one still rolls back at once.
 */
const transactionOptions = { maxWait: 10_000, timeout: 300_000 };

async function open(url: string): Promise<Connection> {
  if (databaseProvider(url) === "postgresql") {
    const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
      import("../generated/postgresql/client.ts"),
      import("@prisma/adapter-pg"),
    ]);
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions });
    const db: Db = client;
    return { provider: "postgresql", client, db };
  }
  const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([
    import("../generated/sqlite/client.ts"),
    import("@prisma/adapter-better-sqlite3"),
  ]);
  // busy timeout: a second process (CLI import while the server runs) waits instead of failing.
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }), transactionOptions });
  // WAL lets readers proceed while one writer writes.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  const db: Db = client;
  return { provider: "sqlite", client, db };
}

/** The connection for DATABASE_URL, opened on first use; scripts set DATABASE_URL before that. */
function getConnection(): Promise<Connection> {
  globalForDb.parallelDb ??= open(databaseUrl()).then((connection) => {
    providers.set(connection.db, connection.provider);
    return connection;
  });
  return globalForDb.parallelDb;
}

/** The shared client, for queries and mutations. */
export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}

/** The shared client with its provider, narrowed by `provider`, for provider-specific filters. */
export function getProviderClient(): Promise<ProviderClient> {
  return getConnection();
}

/** Closes the shared connection: a script's last call, so that the process can exit. */
export async function disconnectDb(): Promise<void> {
  const connection = globalForDb.parallelDb;
  globalForDb.parallelDb = undefined;
  if (connection) await (await connection).db.$disconnect();
}

/** better-auth's database on the shared client; opaque, so that auth code never sees the client. */
export async function authDatabase() {
  const { provider, client } = await getConnection();
  return prismaAdapter(client, { provider });
}

export type AuthDatabase = Awaited<ReturnType<typeof authDatabase>>;

export type { DatabaseProvider };
