// Personal API tokens through the real mutations, actions and route handlers: only a hash is
// stored, a token authenticates /api/v1/me until it is revoked, and bad credentials are a 401.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { hashApiToken } from "../../lib/auth/api-token.ts";
import { getAuth } from "../auth.ts";
import { callAuth, signUp } from "../testing/test-auth.ts";
import { getTestDb } from "../testing/test-db.ts";
import { createTestUser } from "../testing/test-users.ts";
import { setUserDisabled } from "../users/mutations.ts";
import { createApiTokenAction, revokeApiTokenAction } from "./actions.ts";
import { createApiToken, touchApiToken } from "./mutations.ts";
import { listApiTokens } from "./queries.ts";

const { GET: getMe } = await import("../../app/api/v1/me/route.ts");
const { GET: listArticles } = await import("../../app/api/v1/articles/route.ts");

const call = (handler: typeof getMe, path: string, headers: Record<string, string> = {}) =>
  handler(new NextRequest(`http://localhost/api/v1${path}`, { headers }), { params: Promise.resolve({}) });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function expectUnauthenticated(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
  expect((await response.json()).error).toEqual({ code: "UNAUTHENTICATED", message: expect.any(String) });
}

describe("creating a token", () => {
  it("returns the token once and stores only its SHA-256 and a short prefix", async () => {
    const owner = await createTestUser("reader");
    const result = await createApiTokenAction.run(owner.viewer, { name: "  export script  " });
    if (!result.ok) throw new Error(result.code);
    const { token, name, prefix } = result.data;
    expect(token).toMatch(/^prl_[\w-]{43}$/);
    expect(name).toBe("export script");
    expect(token.startsWith(prefix)).toBe(true);
    const row = await (await getTestDb()).apiToken.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(prefix.length));
    expect(await listApiTokens(owner.id)).toEqual([
      { id: row.id, name: "export script", prefix, createdAt: row.createdAt, lastUsedAt: null },
    ]);
  });

  it.each([{}, { name: "" }, { name: "   " }, { name: "x".repeat(61) }, { name: 7 }])(
    "refuses the name in %j",
    async (input) => {
      const owner = await createTestUser("reader");
      const result = await createApiTokenAction.run(owner.viewer, input);
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fields: [{ path: "name" }] });
    },
  );
});

describe("GET /api/v1/me", () => {
  it("answers the token's owner, with role and preferences, and records the use", async () => {
    const owner = await createTestUser("editor");
    const db = await getTestDb();
    await db.user.update({ where: { id: owner.id }, data: { uiLocale: "ru", readingLanguage: "fr" } });
    const { id, token } = await createApiToken({ userId: owner.id, name: "cli" });
    const response = await call(getMe, "/me", bearer(token));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: owner.id,
      name: owner.name,
      email: owner.email,
      role: "editor",
      preferences: { uiLocale: "ru", readingLanguage: "fr" },
    });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeInstanceOf(Date);
  });

  it("answers a browser's session cookie too", async () => {
    const auth = await getAuth();
    const { cookie, userId } = await signUp(auth);
    const response = await call(getMe, "/me", { cookie: cookie! });
    expect(response.status).toBe(200);
    expect((await response.json()).id).toBe(userId);
    // A signed-out session no longer works.
    await callAuth(auth, "/sign-out", { cookie });
    await expectUnauthenticated(await call(getMe, "/me", { cookie: cookie! }));
  });

  it("is a 401 without credentials, with a malformed header, an unknown token, a revoked one, or a disabled user's", async () => {
    const owner = await createTestUser("reader");
    await expectUnauthenticated(await call(getMe, "/me"));
    await expectUnauthenticated(await call(getMe, "/me", { authorization: "Basic dXNlcjpwYXNz" }));
    await expectUnauthenticated(await call(getMe, "/me", bearer(`prl_${"A".repeat(43)}`)));

    const revoked = await createApiToken({ userId: owner.id, name: "revoked" });
    expect((await call(getMe, "/me", bearer(revoked.token))).status).toBe(200);
    expect(await revokeApiTokenAction.run(owner.viewer, { tokenId: revoked.id })).toEqual({
      ok: true,
      data: undefined,
    });
    await expectUnauthenticated(await call(getMe, "/me", bearer(revoked.token)));

    const kept = await createApiToken({ userId: owner.id, name: "kept" });
    const admin = await createTestUser("admin");
    await setUserDisabled({ userId: owner.id, disabled: true, actorId: admin.id });
    await expectUnauthenticated(await call(getMe, "/me", bearer(kept.token)));
    await setUserDisabled({ userId: owner.id, disabled: false, actorId: admin.id });
    // Disabling revoked the token: re-enabling the account does not bring it back.
    await expectUnauthenticated(await call(getMe, "/me", bearer(kept.token)));
    expect(await listApiTokens(owner.id)).toEqual([]);
    // A token created after re-enabling works.
    const fresh = await createApiToken({ userId: owner.id, name: "fresh" });
    expect((await call(getMe, "/me", bearer(fresh.token))).status).toBe(200);
  });

  it("refuses bad credentials on public routes too, rather than treating them as anonymous", async () => {
    expect((await call(listArticles, "/articles")).status).toBe(200);
    await expectUnauthenticated(await call(listArticles, "/articles", bearer("prl_nope")));
  });
});

describe("revoking", () => {
  it("is for the token's owner, or an admin; an unknown token is NOT_FOUND", async () => {
    const [owner, other, admin] = await Promise.all([
      createTestUser("reader"),
      createTestUser("editor"),
      createTestUser("admin"),
    ]);
    const db = await getTestDb();
    const { id } = await createApiToken({ userId: owner.id, name: "mine" });
    expect(await revokeApiTokenAction.run(other.viewer, { tokenId: id })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await db.apiToken.count({ where: { id } })).toBe(1);
    expect(await revokeApiTokenAction.run(admin.viewer, { tokenId: id })).toEqual({ ok: true, data: undefined });
    expect(await db.apiToken.count({ where: { id } })).toBe(0);
    expect(await revokeApiTokenAction.run(owner.viewer, { tokenId: id })).toEqual({ ok: false, code: "NOT_FOUND" });
  });

  it("does not tell a non-admin whether someone else's token id exists", async () => {
    const [owner, other] = await Promise.all([createTestUser("reader"), createTestUser("editor")]);
    const { id } = await createApiToken({ userId: owner.id, name: "secret" });
    const missing = await revokeApiTokenAction.run(other.viewer, { tokenId: "no-such-token-id" });
    const existing = await revokeApiTokenAction.run(other.viewer, { tokenId: id });
    expect(existing).toEqual(missing);
    expect(existing).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await (await getTestDb()).apiToken.count({ where: { id } })).toBe(1);
  });
});

describe("touchApiToken", () => {
  it("records a use at most once a minute", async () => {
    const owner = await createTestUser("reader");
    const db = await getTestDb();
    const { id } = await createApiToken({ userId: owner.id, name: "busy script" });
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.getTime();
    const start = new Date("2026-11-23T10:00:00Z");
    await touchApiToken(id, start);
    expect(await lastUsed()).toBe(start.getTime());
    await touchApiToken(id, new Date(start.getTime() + 59_000));
    expect(await lastUsed()).toBe(start.getTime());
    await touchApiToken(id, new Date(start.getTime() + 61_000));
    expect(await lastUsed()).toBe(start.getTime() + 61_000);
  });
});
