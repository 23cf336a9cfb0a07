// Writes for users: roles, disabling, and the per-account sign-in lockout.
import { registerFailure, staleBefore, type LockoutState } from "../../lib/auth/lockout.ts";
import type { Role } from "../../lib/auth/permissions.ts";
import { auditEntry } from "../audit/mutations.ts";
import type { Db } from "../db.ts";
import { findAccountLockout } from "./queries.ts";

export const DEMO_CONTRIBUTOR_EMAIL = "demo-contributor@parallel.invalid";

/** The account demo translations are attributed to; created once, found afterwards. */
export async function ensureDemoContributor(db: Db) {
  return db.user.upsert({
    where: { email: DEMO_CONTRIBUTOR_EMAIL },
    update: {},
    create: { email: DEMO_CONTRIBUTOR_EMAIL, name: "Demo contributor", role: "contributor" },
  });
}

export async function setUserRole(db: Db, input: { userId: string; role: Role; actorId: string | null }) {
  const before = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { role: true } });
  if (before.role === input.role) return;
  await db.$transaction([
    db.user.update({ where: { id: input.userId }, data: { role: input.role } }),
    auditEntry(db, {
      actorId: input.actorId,
      action: "user.role.change",
      targetType: "user",
      targetId: input.userId,
      details: { from: before.role, to: input.role },
    }),
  ]);
}

/**
 * Disabling also deletes every session of the user in the same transaction: their next request
 * is anonymous on every app server, without waiting for a session to expire.
 */
export async function setUserDisabled(db: Db, input: { userId: string; disabled: boolean; actorId: string | null }) {
  await db.$transaction([
    db.user.update({ where: { id: input.userId }, data: { disabled: input.disabled } }),
    ...(input.disabled ? [db.session.deleteMany({ where: { userId: input.userId } })] : []),
    auditEntry(db, {
      actorId: input.actorId,
      action: input.disabled ? "user.disable" : "user.enable",
      targetType: "user",
      targetId: input.userId,
    }),
  ]);
}

export async function deleteUserSessions(db: Db, userId: string): Promise<number> {
  return (await db.session.deleteMany({ where: { userId } })).count;
}

/**
 * Counts one wrong password for `email` and returns the new state. Concurrent failures for the
 * same address must all count, so the write only lands on the state it was computed from (a
 * compare-and-set) and is recomputed otherwise.
 */
export async function recordSignInFailure(db: Db, email: string, now: Date): Promise<LockoutState> {
  for (let attempt = 0; ; attempt++) {
    const previous = await findAccountLockout(db, email);
    const next = registerFailure(previous, now);
    if (await writeLockout(db, email, previous, next, now)) {
      if (!previous) await db.accountLockout.deleteMany({ where: { updatedAt: { lt: staleBefore(now) } } });
      return next;
    }
    if (attempt >= 5) throw new Error("Sign-in lockout: too much contention on one address");
  }
}

// updatedAt comes from the caller's clock, the same one that decides staleness.
async function writeLockout(db: Db, email: string, previous: LockoutState | null, next: LockoutState, now: Date) {
  if (!previous) {
    try {
      await db.accountLockout.create({ data: { email, ...next, updatedAt: now } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
  const { count } = await db.accountLockout.updateMany({
    where: { email, failures: previous.failures, windowStartedAt: previous.windowStartedAt },
    data: { ...next, updatedAt: now },
  });
  return count === 1;
}

/** A correct password clears the count. */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.accountLockout.deleteMany({ where: { email } });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === "P2002";
}
