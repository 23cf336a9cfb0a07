// Reads for users and their sign-in state. Callers pass everything explicitly.
import type { LockoutState } from "../../lib/auth/lockout.ts";
import type { Db } from "../db.ts";

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
  const session = await db.session.findUnique({ where: { token }, select: { user: { select: { id: true, disabled: true } } } });
  return session?.user ?? null;
}
