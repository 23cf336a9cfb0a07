// Reads for users, their sign-in state and the admin list. Callers pass everything explicitly.
import type { LockoutState } from "../../lib/auth/lockout.ts";
import { pageWindow } from "../../lib/paging/page-window.ts";
import { providerOf, type Db } from "../db.ts";

/** Whether the install has an admin yet: the first account created without one becomes admin. */
export async function hasAdmin(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: "admin" } })) > 0;
}

export async function isUserDisabled(db: Db, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { disabled: true } });
  return user?.disabled ?? false;
}

export async function findAccountLockout(db: Db, email: string): Promise<LockoutState | null> {
  return db.accountLockout.findUnique({
    where: { email },
    select: { failures: true, windowStartedAt: true, lockedUntil: true },
  });
}

/** The user behind a session token, whether or not the session has expired. */
export async function findSessionUser(db: Db, token: string): Promise<{ id: string; disabled: boolean } | null> {
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
export async function listUsers(
  db: Db,
  { search, page, pageSize }: { search?: string; page: number; pageSize: number },
) {
  // PostgreSQL's LIKE is case-sensitive; `mode` exists on its client only, hence the cast.
  const contains = (value: string) =>
    (providerOf(db) === "postgresql" ? { contains: value, mode: "insensitive" } : { contains: value }) as {
      contains: string;
    };
  const where = search ? { OR: [{ name: contains(search) }, { email: contains(search.toLowerCase()) }] } : {};
  const total = await db.user.count({ where });
  const window = pageWindow({ page, pageSize, total });
  const users = await db.user.findMany({
    where,
    select: userListSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
  });
  return { users, total, ...window };
}

export type UserListPage = Awaited<ReturnType<typeof listUsers>>;

/** The user's role and state, for the last-admin rule; throws P2025 (NOT_FOUND) when missing. */
export async function getAccountState(db: Db, userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, disabled: true } });
}

/** Some active admin other than `userId`, or null when `userId` is the last one. */
export async function findOtherActiveAdmin(db: Db, userId: string) {
  return db.user.findFirst({
    where: { role: "admin", disabled: false, id: { not: userId } },
    select: { id: true, updatedAt: true },
    orderBy: { createdAt: "asc" },
  });
}
