// Reads for users, their sign-in state and the admin list. Callers pass everything explicitly.
import "server-only";
import type { LockoutState } from "../../lib/auth/lockout.ts";
import { pageWindow } from "../../lib/paging/page-window.ts";
import { getDb, getProviderClient } from "../db.ts";

/** Whether the install has an admin yet: the first account created without one becomes admin. */
export async function hasAdmin(): Promise<boolean> {
  const db = await getDb();
  return (await db.user.count({ where: { role: "admin" } })) > 0;
}

export async function isUserDisabled(userId: string): Promise<boolean> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { disabled: true } });
  return user?.disabled ?? false;
}

export async function findAccountLockout(email: string): Promise<LockoutState | null> {
  const db = await getDb();
  return db.accountLockout.findUnique({
    where: { email },
    select: { failures: true, windowStartedAt: true, lockedUntil: true },
  });
}

/** The user behind a session token, whether or not the session has expired. */
export async function findSessionUser(token: string): Promise<{ id: string; disabled: boolean } | null> {
  const db = await getDb();
  const session = await db.session.findUnique({
    where: { token },
    select: { user: { select: { id: true, disabled: true } } },
  });
  return session?.user ?? null;
}

const userListSelect = { id: true, name: true, email: true, role: true, disabled: true, createdAt: true } as const;

/**
 * One page of users, newest first, optionally only those whose name or e-mail contains `search`
 * (case-insensitive; on SQLite for ASCII letters only, as its LIKE is).
 */
export async function listUsers({ search, page, pageSize }: { search?: string; page: number; pageSize: number }) {
  const order = { select: userListSelect, orderBy: [{ createdAt: "desc" as const }, { id: "asc" as const }] };
  const connection = await getProviderClient();
  // PostgreSQL's LIKE is case-sensitive, and only its client knows `mode`: each provider gets its own filter.
  if (connection.provider === "postgresql") {
    const users = connection.client.user;
    const where = search ? nameOrEmailContains(search, { mode: "insensitive" as const }) : {};
    const total = await users.count({ where });
    const window = pageWindow({ page, pageSize, total });
    return { users: await users.findMany({ where, ...order, skip: window.skip, take: window.take }), total, ...window };
  }
  const users = connection.client.user;
  const where = search ? nameOrEmailContains(search, {}) : {};
  const total = await users.count({ where });
  const window = pageWindow({ page, pageSize, total });
  return { users: await users.findMany({ where, ...order, skip: window.skip, take: window.take }), total, ...window };
}

/** E-mail addresses are stored lower-cased, so the search is too. */
function nameOrEmailContains<Options extends object>(search: string, options: Options) {
  return {
    OR: [{ name: { contains: search, ...options } }, { email: { contains: search.toLowerCase(), ...options } }],
  };
}

/** The user's role and state, for the last-admin rule; throws P2025 (NOT_FOUND) when missing. */
export async function getAccountState(userId: string) {
  const db = await getDb();
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, role: true, disabled: true } });
}

/** Some active admin other than `userId`, or null when `userId` is the last one. */
export async function findOtherActiveAdmin(userId: string) {
  const db = await getDb();
  return db.user.findFirst({
    where: { role: "admin", disabled: false, id: { not: userId } },
    select: { id: true, updatedAt: true },
    orderBy: { createdAt: "asc" },
  });
}
