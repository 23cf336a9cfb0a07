// The admin's user management and everyone's profile, through the real actions and queries on
// the real database: search and pages, role changes, disabling (sessions end at once), the last
// active admin, and the profile's validation.
import { beforeAll, describe, expect, it } from "vitest";
import { getViewerOf, type Auth } from "../auth.ts";
import { callAuth, createTestAuth, signUp, TEST_ORIGIN } from "../testing/test-auth.ts";
import { getTestDb, uniqueSuffix } from "../testing/test-db.ts";
import { createTestUser } from "../testing/test-users.ts";
import { setUserDisabledAction, setUserRoleAction, updateProfileAction } from "./actions.ts";
import { listUsers } from "./queries.ts";

let auth: Auth;
beforeAll(async () => {
  auth = await createTestAuth();
});

/** Makes `keep` the install's only active admin (the database is shared with other test files). */
async function onlyActiveAdmin(keep: string) {
  await (
    await getTestDb()
  ).user.updateMany({ where: { role: "admin", disabled: false, id: { not: keep } }, data: { role: "editor" } });
}

describe("listUsers", () => {
  it("searches names and addresses without regard to case, newest first, a page at a time", async () => {
    const db = await getTestDb();
    const tag = `Zebra${uniqueSuffix().replace(/-/g, "")}`;
    const created = [];
    for (const index of [1, 2, 3]) {
      created.push(
        await db.user.create({
          data: { name: `${tag} Person ${index}`, email: `p${index}-${tag.toLowerCase()}@test.invalid` },
        }),
      );
    }
    const byName = await listUsers({ search: tag.toUpperCase(), page: 1, pageSize: 2 });
    expect(byName).toMatchObject({ total: 3, page: 1, pageCount: 2 });
    expect(byName.users.map((user) => user.id)).toEqual([created[2].id, created[1].id]);
    const second = await listUsers({ search: tag.toLowerCase(), page: 2, pageSize: 2 });
    expect(second.users.map((user) => user.id)).toEqual([created[0].id]);
    const byEmail = await listUsers({ search: `P2-${tag}`, page: 1, pageSize: 20 });
    expect(byEmail.users.map((user) => user.id)).toEqual([created[1].id]);
    expect((await listUsers({ search: `${tag}-nobody`, page: 1, pageSize: 20 })).total).toBe(0);
  });
});

describe("changing roles", () => {
  it("changes the role and audits who did it", async () => {
    const [admin, target] = await Promise.all([createTestUser("admin"), createTestUser("reader")]);
    expect(await setUserRoleAction.run(admin.viewer, { userId: target.id, role: "editor" })).toEqual({
      ok: true,
      data: undefined,
    });
    const db = await getTestDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("editor");
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: target.id, action: "user.role.change" } });
    expect(audit).toMatchObject({ actorId: admin.id, details: { from: "reader", to: "editor" } });
  });

  it.each([
    [{ userId: "", role: "editor" }, { userId: "required" }],
    [{ role: "root" }, { userId: "required", role: "roleInvalid" }],
    [
      { userId: "x".repeat(65), role: 3 },
      { userId: "tooLong", role: "roleInvalid" },
    ],
  ])("answers %j with field codes %j", async (input, fields) => {
    const admin = await createTestUser("admin");
    const result = await setUserRoleAction.run(admin.viewer, input);
    if (result.ok) throw new Error("accepted");
    expect(result.code).toBe("INVALID_INPUT");
    expect(Object.fromEntries(result.fields!.map((f) => [f.path, f.code]))).toEqual(fields);
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    const admin = await createTestUser("admin");
    expect(await setUserRoleAction.run(admin.viewer, { userId: `missing-${uniqueSuffix()}`, role: "editor" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});

describe("the last active admin", () => {
  it("cannot demote or disable themselves; with a second admin they can", async () => {
    const admin = await createTestUser("admin");
    await onlyActiveAdmin(admin.id);
    expect(await setUserRoleAction.run(admin.viewer, { userId: admin.id, role: "editor" })).toEqual({
      ok: false,
      code: "LAST_ADMIN",
    });
    expect(await setUserDisabledAction.run(admin.viewer, { userId: admin.id, disabled: "true" })).toEqual({
      ok: false,
      code: "LAST_ADMIN",
    });
    // A disabled admin does not count.
    await createTestUser("admin", { disabled: true });
    expect(await setUserRoleAction.run(admin.viewer, { userId: admin.id, role: "editor" })).toEqual({
      ok: false,
      code: "LAST_ADMIN",
    });

    const second = await createTestUser("reader");
    expect((await setUserRoleAction.run(admin.viewer, { userId: second.id, role: "admin" })).ok).toBe(true);
    expect(await setUserRoleAction.run(admin.viewer, { userId: admin.id, role: "editor" })).toEqual({
      ok: true,
      data: undefined,
    });
    const db = await getTestDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("editor");
  });

  it("survives two admins demoting each other at once: one change wins, an admin remains", async () => {
    const [first, second] = [await createTestUser("admin"), await createTestUser("admin")];
    await onlyActiveAdmin(first.id);
    await (await getTestDb()).user.update({ where: { id: second.id }, data: { role: "admin" } });
    const results = await Promise.all([
      setUserRoleAction.run(first.viewer, { userId: second.id, role: "reader" }),
      setUserRoleAction.run(second.viewer, { userId: first.id, role: "reader" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      code: expect.stringMatching(/^(LAST_ADMIN|CONFLICT)$/),
    });
    const db = await getTestDb();
    expect(await db.user.count({ where: { id: { in: [first.id, second.id] }, role: "admin", disabled: false } })).toBe(
      1,
    );
  });
});

describe("disabling", () => {
  it("ends every session of the user at once, and enabling lets them sign in again", async () => {
    const admin = await createTestUser("admin");
    const { cookie, userId, email, password } = await signUp(auth);
    const headers = new Headers({ cookie: cookie! });
    expect(await getViewerOf(headers, auth)).toMatchObject({ id: userId });

    expect(await setUserDisabledAction.run(admin.viewer, { userId, disabled: "true" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await getViewerOf(headers, auth)).toBeNull();
    expect(await (await getTestDb()).session.count({ where: { userId } })).toBe(0);
    expect((await callAuth(auth, "/sign-in/email", { body: { email, password } })).json.code).toBe("ACCOUNT_DISABLED");

    expect((await setUserDisabledAction.run(admin.viewer, { userId, disabled: false })).ok).toBe(true);
    expect((await callAuth(auth, "/sign-in/email", { body: { email, password } })).status).toBe(200);
    const audit = await (
      await getTestDb()
    ).auditLog.findMany({ where: { targetId: userId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["user.disable", admin.id],
      ["user.enable", admin.id],
    ]);
  });
});

describe("the profile", () => {
  it("saves the name and both preferences, canonical; empty choices mean no preference", async () => {
    const user = await createTestUser("reader");
    const saved = await updateProfileAction.run(user.viewer, {
      name: "  Aigerim  ",
      uiLocale: "kk",
      readingLanguage: "ZH-hans",
    });
    expect(saved).toEqual({ ok: true, data: { name: "Aigerim", uiLocale: "kk", readingLanguage: "zh-Hans" } });
    const cleared = await updateProfileAction.run(user.viewer, { name: "Aigerim", uiLocale: "", readingLanguage: "" });
    expect(cleared).toEqual({ ok: true, data: { name: "Aigerim", uiLocale: null, readingLanguage: null } });
  });

  it.each([
    [{ name: "", uiLocale: "fr", readingLanguage: "en" }, { name: "required" }],
    [
      { name: "N".repeat(81), uiLocale: "de", readingLanguage: "en" },
      { name: "tooLong", uiLocale: "invalid" },
    ],
    [{ name: "N", uiLocale: "fr", readingLanguage: "english" }, { readingLanguage: "invalid" }],
    [
      { name: "N", uiLocale: ["fr"], readingLanguage: "en-12" },
      { uiLocale: "invalid", readingLanguage: "invalid" },
    ],
  ])("refuses %j with %j", async (input, fields) => {
    const user = await createTestUser("reader");
    const result = await updateProfileAction.run(user.viewer, input);
    if (result.ok) throw new Error("accepted");
    expect(result.code).toBe("INVALID_INPUT");
    expect(Object.fromEntries(result.fields!.map((f) => [f.path, f.code]))).toEqual(fields);
  });

  it("is changed only through the profile action: better-auth's update-user endpoint is off", async () => {
    const { cookie, userId } = await signUp(auth);
    const response = await auth.handler(
      new Request(`${TEST_ORIGIN}/api/auth/update-user`, {
        method: "POST",
        headers: { origin: TEST_ORIGIN, "content-type": "application/json", cookie: cookie! },
        body: JSON.stringify({ name: "" }),
      }),
    );
    expect(response.status).toBe(404);
    expect((await (await getTestDb()).user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("Test user");
  });

  it("reaches the session: the next request's viewer carries the preferences", async () => {
    const { cookie, userId } = await signUp(auth);
    const viewer = (await getViewerOf(new Headers({ cookie: cookie! }), auth))!;
    expect(viewer).toMatchObject({ id: userId, uiLocale: null, readingLanguage: null });
    await updateProfileAction.run(viewer, { name: "Renamed", uiLocale: "zh", readingLanguage: "ru" });
    expect(await getViewerOf(new Headers({ cookie: cookie! }), auth)).toMatchObject({
      name: "Renamed",
      uiLocale: "zh",
      readingLanguage: "ru",
    });
  });
});
