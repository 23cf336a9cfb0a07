// The guards around better-auth, through its real handler: per-account lockout with a movable
// clock, the per-IP rate limit stored in the database, and disabled users.
import { beforeAll, describe, expect, it } from "vitest";
import { lockoutPolicy } from "../lib/auth/lockout.ts";
import { getViewerOf, type Auth } from "./auth.ts";
import { callAuth, createTestAuth, signUp, uniqueEmail, uniqueIp } from "./testing/test-auth.ts";
import { getTestDb } from "./testing/test-db.ts";
import { setUserDisabled } from "./users/mutations.ts";

let clock = new Date();
let auth: Auth;
beforeAll(async () => {
  auth = await createTestAuth({ now: () => clock });
});

const signIn = (email: string, password: string, ip?: string) =>
  callAuth(auth, "/sign-in/email", { body: { email, password }, ip });

describe("per-account lockout", () => {
  it(`locks after ${lockoutPolicy.maxFailures} wrong passwords from any IPs, answers 429, unlocks after the lock`, async () => {
    clock = new Date();
    const { email, password } = await signUp(auth);
    for (let i = 0; i < lockoutPolicy.maxFailures; i++) {
      // A new IP each time: the per-IP limit must not be what stops this attacker.
      expect((await signIn(email, `wrong password ${i}`)).status).toBe(401);
    }
    const locked = await signIn(email.toUpperCase(), password);
    expect(locked.status).toBe(429);
    expect(locked.json).toMatchObject({ code: "ACCOUNT_LOCKED", retryAfter: lockoutPolicy.lockMs / 1000 });
    expect(locked.json.message).toMatch(/Try again in 15 minute/);
    expect(locked.headers.get("retry-after")).toBe(String(lockoutPolicy.lockMs / 1000));

    clock = new Date(clock.getTime() + lockoutPolicy.lockMs - 1000);
    expect((await signIn(email, password)).status).toBe(429);
    clock = new Date(clock.getTime() + 1000);
    expect((await signIn(email, password)).status).toBe(200);
    expect(await (await getTestDb()).accountLockout.findUnique({ where: { email } })).toBeNull();
  });

  it("treats an address without an account the same way", async () => {
    clock = new Date();
    const email = uniqueEmail("nobody");
    for (let i = 0; i < lockoutPolicy.maxFailures; i++) expect((await signIn(email, "some password")).status).toBe(401);
    expect((await signIn(email, "some password")).json.code).toBe("ACCOUNT_LOCKED");
  });

  it("counts from zero again after a successful sign-in", async () => {
    clock = new Date();
    const { email, password } = await signUp(auth);
    for (let i = 0; i < lockoutPolicy.maxFailures - 1; i++) await signIn(email, "wrong password");
    expect((await signIn(email, password)).status).toBe(200);
    for (let i = 0; i < lockoutPolicy.maxFailures - 1; i++)
      expect((await signIn(email, "wrong password")).status).toBe(401);
    expect((await signIn(email, password)).status).toBe(200);
  });

  it("counts concurrent failures", async () => {
    clock = new Date();
    const { email, password } = await signUp(auth);
    await Promise.all(Array.from({ length: lockoutPolicy.maxFailures }, () => signIn(email, "wrong password")));
    expect((await signIn(email, password)).status).toBe(429);
  });
});

describe("per-IP rate limit", () => {
  it("slows one IP down on sign-in after 10 requests a minute, with a retry hint", async () => {
    clock = new Date();
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signIn(uniqueEmail(), "some password", ip)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await signIn(uniqueEmail(), "some password", ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
    const db = await getTestDb();
    expect(await db.rateLimit.count({ where: { key: `${ip}|/sign-in/email` } })).toBe(1);
    // Another IP is not affected.
    expect((await signIn(uniqueEmail(), "some password")).status).toBe(401);
  });
});

describe("disabled users", () => {
  it("ends every session at once and refuses sign-in; enabling lets them back", async () => {
    clock = new Date();
    const { email, password, cookie, userId } = await signUp(auth);
    const second = await signIn(email, password);
    const db = await getTestDb();
    const admin = await signUp(auth);
    await setUserDisabled({ userId, disabled: true, actorId: admin.userId });

    expect(await db.session.count({ where: { userId } })).toBe(0);
    for (const c of [cookie, second.cookie]) {
      expect((await callAuth(auth, "/get-session", { method: "GET", cookie: c })).json).toBeNull();
    }
    const refused = await signIn(email, password);
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe("ACCOUNT_DISABLED");
    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect((await signIn(email, "wrong password")).status).toBe(401);
    const audit = await db.auditLog.findFirst({ where: { targetId: userId, action: "user.disable" } });
    expect(audit?.actorId).toBe(admin.userId);

    await setUserDisabled({ userId, disabled: false, actorId: admin.userId });
    expect((await signIn(email, password)).status).toBe(200);
  });

  it("ends a session that survived a change made outside the app", async () => {
    const { cookie, userId } = await signUp(auth);
    const db = await getTestDb();
    await db.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await getViewerOf(new Headers({ cookie: cookie! }), auth)).toBeNull();
    expect(await db.session.count({ where: { userId } })).toBe(0);
    const change = await callAuth(auth, "/change-password", {
      cookie,
      body: { currentPassword: "correct horse battery", newPassword: "taken over account" },
    });
    expect(change.status).toBe(401);
  });
});
