// "Forgot your password?" through better-auth's real handler on the real database: the link by e-mail (a real SMTP
// server receives what nodemailer sends) or, without SMTP_URL, printed in the server log; then the reset itself.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getViewerOf, type Auth } from "./auth.ts";
import { createMailer } from "./mail/mailer.ts";
import { callAuth, createTestAuth, signUp, TEST_ORIGIN, uniqueEmail, uniqueIp } from "./testing/test-auth.ts";
import { startSmtpInbox, type SmtpInbox } from "./testing/smtp-inbox.ts";
import { getTestDb } from "./testing/test-db.ts";

let inbox: SmtpInbox;
/** Sends the links by e-mail, as an install with SMTP_URL does. */
let mailing: Auth;
/** Prints them, as the embedded install does; also where the test accounts are made (it signs in at once). */
let embedded: Auth;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailing = await createTestAuth({ mailer: createMailer(inbox.url, "Parallel <no-reply@example.org>") });
  embedded = await createTestAuth();
});

afterAll(() => inbox.close());
afterEach(() => vi.restoreAllMocks());

const linkIn = (text: string) => text.match(/https?:\/\/\S+/)?.[0] ?? "";
const newPassword = "a brand new passphrase";

/** better-auth's link, opened as a browser would: it checks the token and sends the opener to our reset page. */
async function openLink(auth: Auth, link: string) {
  const url = new URL(link);
  expect(url.origin).toBe(TEST_ORIGIN);
  expect(url.pathname).toMatch(/^\/api\/auth\/reset-password\/\w+$/);
  const opened = await callAuth(auth, url.pathname.replace("/api/auth", "") + url.search, { method: "GET" });
  expect(opened.status).toBe(302);
  return new URL(opened.headers.get("location")!);
}

async function requestReset(auth: Auth, email: string, extra: { ip?: string; headers?: Record<string, string> } = {}) {
  return callAuth(auth, "/request-password-reset", { body: { email, redirectTo: "/fr/reset-password" }, ...extra });
}

describe("with an SMTP server: the link goes by e-mail", () => {
  it("answers an address with an account exactly like one without, and e-mails only the account", async () => {
    const { email } = await signUp(embedded);
    const stranger = uniqueEmail("stranger");
    const [known, unknown] = await Promise.all([requestReset(mailing, email), requestReset(mailing, stranger)]);
    expect(known.status).toBe(200);
    expect(unknown).toMatchObject({ status: known.status, json: known.json });

    const mail = await inbox.nextMail(email);
    expect(mail.subject).toBe("Reset your Parallel password");
    expect(mail.text).toContain("The link works for one hour and only once.");
    await expect(inbox.nextMail(stranger, 1_500)).rejects.toThrow(`no e-mail to ${stranger}`);
  });

  it("writes in the requester's language; the link leads to the reset page, which sets the password once", async () => {
    const account = await signUp(embedded);
    // Locked out by wrong guesses: often the reason to come here.
    for (let attempt = 0; attempt < 5; attempt++)
      await callAuth(embedded, "/sign-in/email", { body: { email: account.email, password: "not my password" } });
    const locked = await callAuth(embedded, "/sign-in/email", {
      body: { email: account.email, password: account.password },
    });
    expect(locked.json.code).toBe("ACCOUNT_LOCKED");

    await requestReset(mailing, account.email, { headers: { cookie: "NEXT_LOCALE=ru" } });
    const mail = await inbox.nextMail(account.email);
    expect(mail.subject).toBe("Сброс пароля Parallel");
    const landing = await openLink(mailing, linkIn(mail.text));
    expect(landing.origin + landing.pathname).toBe(`${TEST_ORIGIN}/fr/reset-password`);
    const token = landing.searchParams.get("token");
    expect(token).toMatch(/^\w{24}$/);

    const reset = await callAuth(mailing, "/reset-password", { body: { token, newPassword } });
    expect(reset).toMatchObject({ status: 200, json: { status: true } });

    // Every session of the account ended, the old password no longer works, the lockout is lifted.
    expect(await getViewerOf(new Headers({ cookie: account.cookie! }), embedded)).toBeNull();
    const db = await getTestDb();
    expect(await db.session.count({ where: { userId: account.userId } })).toBe(0);
    const old = await callAuth(embedded, "/sign-in/email", {
      body: { email: account.email, password: account.password },
    });
    expect(old.status).toBe(401);
    const fresh = await callAuth(embedded, "/sign-in/email", { body: { email: account.email, password: newPassword } });
    expect(fresh.status).toBe(200);

    const audit = await db.auditLog.findMany({ where: { targetId: account.userId } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([["user.password.reset", account.userId]]);

    const again = await callAuth(mailing, "/reset-password", {
      body: { token, newPassword: "yet another passphrase" },
    });
    expect(again).toMatchObject({ status: 400, json: { code: "INVALID_TOKEN" } });
    const reopened = await openLink(mailing, linkIn(mail.text));
    expect(reopened.searchParams.get("error")).toBe("INVALID_TOKEN");
  });
});

describe("without an SMTP server (the embedded install): the link is printed in the server log", () => {
  it("prints one line naming the account and its link, which resets the password", async () => {
    const printed = vi.spyOn(console, "info");
    const account = await signUp(embedded);
    await requestReset(embedded, uniqueEmail("nobody"));
    expect(printed).not.toHaveBeenCalled();

    const answer = await requestReset(embedded, account.email.toUpperCase());
    expect(answer.status).toBe(200);
    expect(printed).toHaveBeenCalledTimes(1);
    const line = String(printed.mock.calls[0]![0]);
    const prefix = `[auth] Password reset link for ${account.email} (valid one hour, no SMTP_URL set to e-mail it): `;
    expect(line.startsWith(prefix)).toBe(true);
    expect(line.slice(prefix.length)).toMatch(/^http:\/\/\S+$/);

    const token = (await openLink(embedded, linkIn(line))).searchParams.get("token");
    const reset = await callAuth(embedded, "/reset-password", { body: { token, newPassword } });
    expect(reset.status).toBe(200);
    const signIn = await callAuth(embedded, "/sign-in/email", {
      body: { email: account.email, password: newPassword },
    });
    expect(signIn.status).toBe(200);
  });
});

describe("the reset refuses, changing nothing", () => {
  async function issuedToken() {
    const printed = vi.spyOn(console, "info");
    const account = await signUp(embedded);
    await requestReset(embedded, account.email);
    const token = (await openLink(embedded, linkIn(String(printed.mock.calls.at(-1)![0])))).searchParams.get("token")!;
    return { account, token };
  }

  const passwordHash = async (userId: string) =>
    (await (await getTestDb()).account.findFirstOrThrow({ where: { userId } })).password;

  it("a password the sign-up rules refuse, with field-level details", async () => {
    const { account, token } = await issuedToken();
    const before = await passwordHash(account.userId);
    const short = await callAuth(embedded, "/reset-password", { body: { token, newPassword: "short" } });
    expect(short.status).toBe(400);
    expect(short.json).toMatchObject({ code: "INVALID_INPUT", details: [{ path: "newPassword", code: "tooShort" }] });
    const missing = await callAuth(embedded, "/reset-password", { body: { newPassword } });
    expect(missing.json.details).toEqual([expect.objectContaining({ path: "token", code: "required" })]);
    expect(await passwordHash(account.userId)).toBe(before);
  });

  it("an expired or unknown token", async () => {
    const { account, token } = await issuedToken();
    const before = await passwordHash(account.userId);
    const db = await getTestDb();
    await db.verification.updateMany({
      where: { identifier: `reset-password:${token}` },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    for (const tried of [token, "not-a-token-anyone-was-given"]) {
      const answer = await callAuth(embedded, "/reset-password", { body: { token: tried, newPassword } });
      expect(answer).toMatchObject({ status: 400, json: { code: "INVALID_TOKEN" } });
    }
    expect(await passwordHash(account.userId)).toBe(before);
    const expiredLink = await callAuth(embedded, `/reset-password/${token}?callbackURL=%2Fen%2Freset-password`, {
      method: "GET",
    });
    expect(expiredLink.headers.get("location")).toBe(`${TEST_ORIGIN}/en/reset-password?error=INVALID_TOKEN`);
  });

  it("a sixth request from one IP within ten minutes (429): each may send an e-mail", async () => {
    const ip = uniqueIp();
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push((await requestReset(embedded, uniqueEmail("flood"), { ip })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const invalid = await requestReset(embedded, "not-an-address", { ip: uniqueIp() });
    expect(invalid.json).toMatchObject({ code: "INVALID_INPUT", details: [{ path: "email", code: "emailInvalid" }] });
  });
});
