// `npm run user:create` against the real test database: the account signs in with its password,
// gets the asked role (audited), holds no leftover session, and bad input is refused.
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { Auth } from "../server/auth.ts";
import { callAuth, createTestAuth, uniqueEmail } from "../server/testing/test-auth.ts";
import { getTestDb } from "../server/testing/test-db.ts";
import { createUser, CreateUserError, readPasswordFromStdin } from "./create-user.ts";

let auth: Auth;
beforeAll(async () => {
  auth = await createTestAuth();
  // An install with an admin already, so that the next accounts start as readers.
  await createUser(auth, {
    email: uniqueEmail("first"),
    password: "first admin password",
    role: "admin",
  });
});

describe("createUser", () => {
  it("creates an editor who can sign in; the role change is audited and no session is left", async () => {
    const db = await getTestDb();
    const email = uniqueEmail("cli");
    const password = "command line password";
    const user = await createUser(auth, { email, password, role: "editor" });
    expect(user).toMatchObject({ email, role: "editor" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ role: "editor", name: email.split("@")[0] });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: user.id, action: "user.role.change" } });
    expect(audit).toMatchObject({ actorId: null, details: { from: "reader", to: "editor" } });
    const signIn = await callAuth(auth, "/sign-in/email", { body: { email, password } });
    expect(signIn.status).toBe(200);
    expect(signIn.json.user.role).toBe("editor");
  });

  it("creates an admin with a name", async () => {
    const user = await createUser(auth, {
      email: uniqueEmail("admin"),
      password: "admin password 1",
      role: "admin",
      name: "Root",
    });
    expect(user.role).toBe("admin");
  });

  it.each([
    [{ email: "nope", password: "long enough password", role: "admin" }, /--email/],
    [{ email: uniqueEmail(), password: "short", role: "admin" }, /--password: Use at least 10/],
    [{ email: uniqueEmail(), password: "long enough password", role: "root" }, /--role: Expected one of/],
  ])("refuses %o", async (input, message) => {
    await expect(createUser(auth, input)).rejects.toThrow(message);
  });

  it("refuses an address that has an account", async () => {
    const email = uniqueEmail("twice");
    await createUser(auth, { email, password: "long enough password", role: "reader" });
    await expect(createUser(auth, { email, password: "long enough password", role: "reader" })).rejects.toBeInstanceOf(
      CreateUserError,
    );
  });

  it("reads the password from the first line of stdin", async () => {
    expect(await readPasswordFromStdin(Readable.from(["secret pass", "word\nignored"]))).toBe("secret password");
  });
});
