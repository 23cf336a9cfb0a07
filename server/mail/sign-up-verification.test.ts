// Sign-up when an SMTP server is configured: a real SMTP server (smtp-server) receives what nodemailer sends, and
// better-auth's real handler answers. The answer must not tell whether an address already has an account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Auth } from "../auth.ts";
import { getTestDb } from "../testing/test-db.ts";
import { callAuth, createTestAuth, uniqueEmail, uniqueIp } from "../testing/test-auth.ts";
import { startSmtpInbox, type SmtpInbox } from "../testing/smtp-inbox.ts";
import { createMailer } from "./mailer.ts";

let inbox: SmtpInbox;
const nextMail = (to: string) => inbox.nextMail(to);

const linkIn = (text: string) => text.match(/https?:\/\/\S+/)?.[0] ?? "";

let auth: Auth;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  auth = await createTestAuth({ mailer: createMailer(inbox.url, "Parallel <no-reply@example.org>") });
});

afterAll(() => inbox.close());

const password = "a long enough password";

describe("sign-up with e-mail verification", () => {
  it("answers a taken address exactly like a new one, and tells the owner by e-mail instead", async () => {
    const taken = uniqueEmail("taken");
    const first = await callAuth(auth, "/sign-up/email", { body: { name: "First", email: taken, password } });
    await nextMail(taken);
    const fresh = uniqueEmail("fresh");
    const [again, other] = await Promise.all([
      callAuth(auth, "/sign-up/email", { body: { name: "Second", email: taken, password: "another password!" } }),
      callAuth(auth, "/sign-up/email", { body: { name: "Second", email: fresh, password: "another password!" } }),
    ]);

    for (const answer of [first, again, other]) {
      expect(answer.status).toBe(200);
      expect(answer.cookie).toBeUndefined();
      expect(answer.json.token).toBeNull();
    }
    // The same shape, field for field; only the values that echo the request (and a fresh id) differ.
    expect(Object.keys(again.json.user).sort()).toEqual(Object.keys(other.json.user).sort());
    expect(again.json.user.email).toBe(taken);
    expect(again.json.user.emailVerified).toBe(other.json.user.emailVerified);

    const toOwner = await nextMail(taken);
    expect(toOwner.subject).toBe("Someone tried to sign up to Parallel with your address");
    expect(linkIn(toOwner.text)).toBe("http://localhost:3000/en/sign-in");
    expect((await nextMail(fresh)).subject).toBe("Confirm your e-mail address for Parallel");

    const db = await getTestDb();
    expect(await db.user.count({ where: { email: taken } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { email: taken }, select: { name: true } })).toEqual({
      name: "First",
    });
  });

  it("starts the account only when the e-mailed link is opened, which signs in", async () => {
    const email = uniqueEmail("verify");
    const signUp = await callAuth(auth, "/sign-up/email", {
      body: { name: "Verifier", email, password, callbackURL: "/fr" },
      headers: { cookie: "NEXT_LOCALE=fr" },
    });
    expect(signUp.status).toBe(200);
    const mail = await nextMail(email);
    expect(mail.subject).toBe("Confirmez votre adresse e-mail pour Parallel");

    const early = await callAuth(auth, "/sign-in/email", { body: { email, password } });
    expect(early.status).toBe(403);
    expect(early.json.code).toBe("EMAIL_NOT_VERIFIED");
    const resent = await nextMail(email);
    expect(linkIn(resent.text)).toContain("/api/auth/verify-email?token=");

    const link = new URL(linkIn(mail.text));
    const opened = await callAuth(auth, `/verify-email${link.search}`, { method: "GET" });
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("/fr");
    expect(opened.cookie).toBeDefined();

    const signIn = await callAuth(auth, "/sign-in/email", { body: { email, password } });
    expect(signIn.status).toBe(200);
    expect(signIn.json.user.emailVerified).toBe(true);
  });
});

describe("sign-up without an SMTP server (the embedded install)", () => {
  it("signs in at once, and the per-IP limit bounds how many addresses one network can probe", async () => {
    const immediate = await createTestAuth();
    const ip = uniqueIp();
    const email = uniqueEmail("immediate");
    const created = await callAuth(immediate, "/sign-up/email", { ip, body: { name: "Now", email, password } });
    expect(created.status).toBe(200);
    expect(created.cookie).toBeDefined();
    const statuses = [];
    for (let attempt = 0; attempt < 10; attempt++)
      statuses.push((await callAuth(immediate, "/sign-up/email", { ip, body: { name: "P", email, password } })).status);
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(422));
    expect(statuses[9]).toBe(429);
  });
});
