// One rule for the whole project: DATABASE_URL decides the database, SQLite when it is unset.
// Shared by the Prisma CLI config, the runtime client and the scripts.

export type DatabaseProvider = "sqlite" | "postgresql";

const DEFAULT_DATABASE_URL = "file:./data/parallel.db";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** DATABASE_URL names no database this app can use; its message is the sentence an operator sees. */
class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

export function databaseProvider(url: string): DatabaseProvider {
  if (/^postgres(?:ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new DatabaseUrlError(
    "DATABASE_URL must start with file: (an SQLite file) or postgresql:// (a PostgreSQL database).",
  );
}
