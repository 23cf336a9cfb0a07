// What the whole test database holds, as one comparable value: per table, its row count and a SHA-1
// of its rows. A call that was refused must leave it unchanged (server/fuzz). Every model of the
// generated client is included, so a new table is covered without an edit here.
import { createHash } from "node:crypto";
import { getProviderClient } from "../db.ts";

export type DatabaseFingerprint = Record<string, { rows: number; hash: string }>;

/**
 * Columns a refused request may still write, by delegate name: they record that a request came, not
 * what it asked for. `true` leaves out the whole table.
 */
const bookkeeping: Record<string, true | readonly string[]> = {
  // better-auth counts every request per IP, refused or not.
  rateLimit: true,
  // Failed sign-ins are counted for the per-account lockout: a refusal is exactly what it records.
  accountLockout: true,
  // A valid token is marked used before the route validates its input (server/api/with-route.ts).
  apiToken: ["lastUsedAt"],
  // better-auth extends a session when it reads it.
  session: ["expiresAt", "updatedAt"],
};

type Delegate = { findMany: () => Promise<Record<string, unknown>[]> };

const lowerFirst = (name: string) => name[0].toLowerCase() + name.slice(1);

async function modelNames(provider: "sqlite" | "postgresql"): Promise<string[]> {
  const { Prisma } =
    provider === "postgresql"
      ? await import("../../generated/postgresql/client.ts")
      : await import("../../generated/sqlite/client.ts");
  return Object.values(Prisma.ModelName);
}

// BigInt has no JSON form; Prisma returns it for BigInt columns (rateLimit.lastRequest).
const jsonValue = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

/** The fingerprint of every table but the ignored ones (default: `bookkeeping`). */
export async function databaseFingerprint(ignored = bookkeeping): Promise<DatabaseFingerprint> {
  const { provider, client } = await getProviderClient();
  const delegates = (await modelNames(provider)).map(lowerFirst).filter((name) => ignored[name] !== true);
  // All tables at once: on PostgreSQL each query is a round trip, and the fuzz tests take one fingerprint per call.
  const tables = await Promise.all(
    delegates.map(async (delegate) => {
      const skip = ignored[delegate];
      const rows = await (client as unknown as Record<string, Delegate>)[delegate].findMany();
      const lines = rows.map((row) => {
        const kept = Object.entries(row).filter(
          ([column]) => !(skip as readonly string[] | undefined)?.includes(column),
        );
        return JSON.stringify(Object.fromEntries(kept), jsonValue);
      });
      const hash = createHash("sha1");
      for (const line of lines.sort()) hash.update(line).update("\n");
      return [delegate, { rows: rows.length, hash: hash.digest("hex") }] as const;
    }),
  );
  return Object.fromEntries(tables);
}
