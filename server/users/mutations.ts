// Writes for users: roles, disabling, the profile, and the per-account sign-in lockout.
import "server-only";
import { removesActiveAdmin, type AccountChange, type AccountState } from "../../lib/auth/last-admin.ts";
import { registerFailure, staleBefore, type LockoutState } from "../../lib/auth/lockout.ts";
import type { Role } from "../../lib/auth/permissions.ts";
import { auditEntry } from "../audit/mutations.ts";
import { getDb, type Db } from "../db.ts";
import { AppError, knownError } from "../errors.ts";
import { findAccountLockout, findOtherActiveAdmin, getAccountState } from "./queries.ts";
import type { UpdateProfileInput } from "./schema.ts";

const DEMO_CONTRIBUTOR_EMAIL = "demo-contributor@parallel.invalid";

/** The account demo translations are attributed to; created once, found afterwards. */
export async function ensureDemoContributor() {
  const db = await getDb();
  return db.user.upsert({
    where: { email: DEMO_CONTRIBUTOR_EMAIL },
    update: {},
    create: { email: DEMO_CONTRIBUTOR_EMAIL, name: "Demo contributor", role: "contributor" },
  });
}

/**
 * Changes a user's role, audited. A change made by someone in the app (`actorId` set) may not
 * take the last active admin away (LAST_ADMIN); the command line (`actorId` null) is the
 * operator's own tool and is not held to that.
 */
export async function setUserRole(input: { userId: string; role: Role; actorId: string | null }) {
  const db = await getDb();
  const before = await getAccountState(input.userId);
  if (before.role === input.role) return;
  const update = db.user.update({ where: { id: input.userId }, data: { role: input.role } });
  const { writes, isGuarded } = await keepAnActiveAdmin(db, input, before, { role: input.role }, update);
  await db
    .$transaction([
      ...writes,
      auditEntry(db, {
        actorId: input.actorId,
        action: "user.role.change",
        targetType: "user",
        targetId: input.userId,
        targetLabel: before.name,
        details: { from: before.role, to: input.role },
      }),
    ])
    .catch((error: unknown) => lastAdminRace(error, isGuarded));
}

/**
 * Disabling also deletes every session and every API token of the user in the same transaction:
 * their next request is anonymous on every app server, without waiting for a session to expire,
 * and re-enabling the account does not bring an old token back (a token leaked or forgotten while
 * the account was disabled stays dead; the owner creates a new one). The last active
 * admin cannot be disabled from the app (see setUserRole).
 */
export async function setUserDisabled(input: { userId: string; disabled: boolean; actorId: string | null }) {
  const db = await getDb();
  const before = await getAccountState(input.userId);
  const update = db.user.update({ where: { id: input.userId }, data: { disabled: input.disabled } });
  const { writes, isGuarded } = await keepAnActiveAdmin(db, input, before, { disabled: input.disabled }, update);
  await db
    .$transaction([
      ...writes,
      ...(input.disabled
        ? [
            db.session.deleteMany({ where: { userId: input.userId } }),
            db.apiToken.deleteMany({ where: { userId: input.userId } }),
          ]
        : []),
      auditEntry(db, {
        actorId: input.actorId,
        action: input.disabled ? "user.disable" : "user.enable",
        targetType: "user",
        targetId: input.userId,
        targetLabel: before.name,
      }),
    ])
    .catch((error: unknown) => lastAdminRace(error, isGuarded));
}

type UserUpdate = ReturnType<Db["user"]["update"]>;

/**
 * The change's update, plus, when it takes an active admin away, a write that keeps one: another
 * active admin must exist, and the batch re-asserts them inside its transaction (a no-op update
 * that matches only while they are still an active admin). Two admins demoting each other at
 * once: the second batch then finds no row (P2025) and rolls back. Rows are locked in id order so
 * that the two batches queue on PostgreSQL instead of deadlocking. No interactive transaction:
 * on SQLite those are not isolated from the process's other queries.
 */
async function keepAnActiveAdmin(
  db: Db,
  { userId, actorId }: { userId: string; actorId: string | null },
  before: AccountState,
  change: AccountChange,
  update: UserUpdate,
): Promise<{ writes: UserUpdate[]; isGuarded: boolean }> {
  if (actorId === null || !removesActiveAdmin(before, change)) return { writes: [update], isGuarded: false };
  const other = await findOtherActiveAdmin(userId);
  if (!other) throw new AppError("LAST_ADMIN", "This is the last active admin: make someone else admin first");
  const guard = db.user.update({
    where: { id: other.id, role: "admin", disabled: false },
    data: { updatedAt: other.updatedAt },
  });
  return { writes: other.id < userId ? [guard, update] : [update, guard], isGuarded: true };
}

/** With the guard in the batch, a missing row is the other admin gone (the target was just read). */
function lastAdminRace(error: unknown, isGuarded: boolean): never {
  if (isGuarded && knownError(error)?.code === "NOT_FOUND") {
    throw new AppError("LAST_ADMIN", "The other admin changed meanwhile: this would leave no active admin");
  }
  throw error;
}

/** The profile form's fields; the preferences take effect on the next request. */
export async function updateProfile(input: { userId: string } & UpdateProfileInput) {
  const db = await getDb();
  const { userId, ...data } = input;
  return db.user.update({ where: { id: userId }, data, select: { name: true, uiLocale: true, readingLanguage: true } });
}

export async function deleteUserSessions(userId: string): Promise<number> {
  const db = await getDb();
  return (await db.session.deleteMany({ where: { userId } })).count;
}

/**
 * Counts one wrong password for `email` and returns the new state. Concurrent failures for the
 * same address must all count, so the write only lands on the state it was computed from (a
 * compare-and-set) and is recomputed otherwise.
 */
export async function recordSignInFailure(email: string, now: Date): Promise<LockoutState> {
  const db = await getDb();
  for (let attempt = 0; ; attempt++) {
    const previous = await findAccountLockout(email);
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
export async function clearSignInFailures(email: string): Promise<void> {
  const db = await getDb();
  await db.accountLockout.deleteMany({ where: { email } });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === "P2002";
}
