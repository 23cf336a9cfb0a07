// Accounts through better-auth's real handler on the real test database: sign-up, the first admin,
// sign-in, sessions that outlive a restart, password change, cookies and the 400s of bad input.
import { beforeAll, describe, expect, it } from "vitest";
import { authSettingsFromEnv, createAuth, getViewerOf, type Auth } from "./auth.ts";
import { callAuth, createTestAuth, signUp, uniqueEmail } from "./testing/test-auth.ts";
import { authDatabase } from "./db.ts";
import { getTestDb } from "./testing/test-db.ts";

let auth: Auth;
beforeAll(async () => {
  auth = await createTestAuth();
});

describe("sign-up", () => {
  it("creates the user with a scrypt hash; the password is nowhere in the database", async () => {
    const password = "Plain text never stored 42";
    const { userId, json } = await signUp(auth, { password, name: "  Ada Lovelace  " });
    expect(json.user.name).toBe("Ada Lovelace");
    const db = await getTestDb();
    const [user, accounts, sessions] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: userId } }),
      db.account.findMany({ where: { userId } }),
      db.session.findMany({ where: { userId } }),
    ]);
    expect(accounts).toHaveLength(1);
    expect(accounts[0].providerId).toBe("credential");
    expect(accounts[0].password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(sessions).toHaveLength(1);
    expect(JSON.stringify([user, accounts, sessions])).not.toContain(password);
  });

  it("makes the first account of an install admin, and later ones readers", async () => {
    const db = await getTestDb();
    // Other test files share this database; the rule is about an install without an admin.
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
    const first = await signUp(auth);
    const second = await signUp(auth);
    expect(first.json.user.role).toBe("admin");
    expect(second.json.user.role).toBe("reader");
    const audit = await db.auditLog.findMany({ where: { targetId: first.userId } });
    expect(audit.map((a) => a.action)).toEqual(["user.create"]);
  });

  it("ignores a role or disabled flag in the body", async () => {
    const result = await callAuth(auth, "/sign-up/email", {
      body: { name: "Mallory", email: uniqueEmail(), password: "long enough password", role: "admin", disabled: true },
    });
    expect(result.status).toBe(200);
    const user = await (await getTestDb()).user.findUniqueOrThrow({ where: { id: result.json.user.id } });
    expect(user).toMatchObject({ role: "reader", disabled: false });
  });

  it("refuses an address that already has an account", async () => {
    const { email } = await signUp(auth);
    const again = await callAuth(auth, "/sign-up/email", {
      body: { name: "Again", email, password: "another password 1" },
    });
    expect(again.status).toBe(422);
    expect(again.json.code).toBe("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
  });
});

describe("bad input answers 400 with field-level details", () => {
  it.each([
    {
      path: "/sign-up/email",
      body: { name: "", email: "not-an-email", password: "short" },
      fields: { name: "required", email: "emailInvalid", password: "tooShort" },
    },
    {
      path: "/sign-up/email",
      body: { name: "N", email: "a@example.org", password: "x".repeat(129) },
      fields: { password: "tooLong" },
    },
    {
      path: "/sign-up/email",
      body: { name: 42, email: ["a"], password: null },
      fields: { name: "required", email: "required", password: "required" },
    },
    { path: "/sign-in/email", body: { email: "a@example.org" }, fields: { password: "required" } },
  ])("$path $fields", async ({ path, body, fields }) => {
    const result = await callAuth(auth, path, { body });
    expect(result.status).toBe(400);
    expect(result.json.code).toBe("INVALID_INPUT");
    const byField = Object.fromEntries(
      result.json.details.map((d: { path: string; code: string }) => [d.path, d.code]),
    );
    expect(byField).toEqual(fields);
    expect(result.json.details.every((d: { message: string }) => d.message.length > 0)).toBe(true);
  });

  it.each(["{not json", "[]", "null", '"text"'])("a body of %s is a 4xx, never a 500", async (rawBody) => {
    const result = await callAuth(auth, "/sign-in/email", { rawBody });
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
  });
});

describe("sign-in and sessions", () => {
  it("signs in with the right password and answers 401 otherwise", async () => {
    const { email, password } = await signUp(auth);
    const ok = await callAuth(auth, "/sign-in/email", { body: { email: email.toUpperCase(), password } });
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/^better-auth\.session_token=/);
    const wrong = await callAuth(auth, "/sign-in/email", { body: { email, password: "wrong password!" } });
    expect(wrong.status).toBe(401);
    const unknown = await callAuth(auth, "/sign-in/email", { body: { email: uniqueEmail(), password } });
    expect(unknown.status).toBe(401);
    expect(unknown.json.code).toBe(wrong.json.code);
  });

  it("sets the session cookie HttpOnly, SameSite=Lax, and Secure when configured", async () => {
    const plain = await callAuth(auth, "/sign-up/email", {
      body: { name: "C", email: uniqueEmail(), password: "long enough password" },
    });
    const cookie = plain.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const secureAuth = await createTestAuth({ isSecure: true });
    const secure = await callAuth(secureAuth, "/sign-up/email", {
      body: { name: "C", email: uniqueEmail(), password: "long enough password" },
    });
    expect(secure.headers.getSetCookie().find((c) => c.includes("session_token="))).toMatch(/^__Secure-.*; Secure/i);
  });

  it("keeps a session across a restart: a new instance accepts the old cookie", async () => {
    const { cookie, userId } = await signUp(auth);
    const restarted = await createTestAuth();
    const session = await callAuth(restarted, "/get-session", { method: "GET", cookie });
    expect(session.json.user.id).toBe(userId);
    const viewer = await getViewerOf(new Headers({ cookie: cookie! }), restarted);
    expect(viewer).toMatchObject({ id: userId, role: "reader", isDisabled: false });
  });

  it("rejects a cookie signed with another secret", async () => {
    const { cookie } = await signUp(auth);
    const other = await createTestAuth({ secret: "another-secret-for-vitest-0123456789abcdef" });
    expect(await getViewerOf(new Headers({ cookie: cookie! }), other)).toBeNull();
  });

  it("signs out", async () => {
    const { cookie } = await signUp(auth);
    expect((await callAuth(auth, "/sign-out", { cookie })).status).toBe(200);
    expect(await getViewerOf(new Headers({ cookie: cookie! }), auth)).toBeNull();
  });
});

describe("change password", () => {
  it("needs the current password, then signs out the other sessions when asked", async () => {
    const { email, password, cookie, userId } = await signUp(auth);
    const other = await callAuth(auth, "/sign-in/email", { body: { email, password } });
    const newPassword = "a brand new passphrase";
    const wrong = await callAuth(auth, "/change-password", {
      cookie,
      body: { currentPassword: "not it at all", newPassword },
    });
    expect(wrong.status).toBe(400);
    const short = await callAuth(auth, "/change-password", {
      cookie,
      body: { currentPassword: password, newPassword: "short" },
    });
    expect(short.json.details).toEqual([expect.objectContaining({ path: "newPassword", code: "tooShort" })]);
    const ok = await callAuth(auth, "/change-password", {
      cookie,
      body: { currentPassword: password, newPassword, revokeOtherSessions: true },
    });
    expect(ok.status).toBe(200);
    expect(await getViewerOf(new Headers({ cookie: other.cookie! }), auth)).toBeNull();
    expect(await getViewerOf(new Headers({ cookie: ok.cookie ?? cookie! }), auth)).toMatchObject({ id: userId });
    expect((await callAuth(auth, "/sign-in/email", { body: { email, password } })).status).toBe(401);
    expect((await callAuth(auth, "/sign-in/email", { body: { email, password: newPassword } })).status).toBe(200);
  });
});

describe("authSettingsFromEnv", () => {
  it("trusts the configured origins and uses secure cookies in production over https", () => {
    const settings = authSettingsFromEnv({
      NODE_ENV: "production",
      BETTER_AUTH_URL: "https://parallel.example/",
      PUBLIC_URL: "https://www.parallel.example",
    });
    expect(settings).toMatchObject({ baseURL: "https://parallel.example", isSecure: true });
    expect(settings.trustedOrigins).toEqual(["https://parallel.example", "https://www.parallel.example"]);
    expect(authSettingsFromEnv({ NODE_ENV: "production", BETTER_AUTH_URL: "http://127.0.0.1:3100" }).isSecure).toBe(
      false,
    );
    expect(authSettingsFromEnv({}).baseURL).toBeUndefined();
  });

  it("without a configured origin, accepts the origin the browser used and refuses others", async () => {
    const embedded = await createTestAuth({ baseURL: undefined });
    // What `next start` forwards for a browser on http://127.0.0.1:3200.
    const forwarded = { "x-forwarded-host": "127.0.0.1:3200", "x-forwarded-proto": "http" };
    const body = { name: "E", email: uniqueEmail(), password: "long enough password" };
    const cross = await callAuth(embedded, "/sign-up/email", {
      body,
      headers: { ...forwarded, origin: "http://evil.example" },
    });
    expect(cross.status).toBe(403);
    const same = await callAuth(embedded, "/sign-up/email", {
      body,
      headers: { ...forwarded, origin: "http://127.0.0.1:3200" },
    });
    expect(same.status).toBe(200);
  });

  it("creates an instance without a secret outside production (next build imports this file)", async () => {
    const database = await authDatabase();
    expect(() => createAuth(database, {})).not.toThrow();
  });
});
