// Sign-up on an install with an SMTP server (SMTP_URL): a second production server configured with one, a real SMTP
// server in the test receiving what it sends, and Chromium doing what a person does with the e-mailed link.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { AccountPages, newCredentials, uniqueClientIp } from "./pages/account-pages";
import { startSecondServer, untilServing, type SecondServer } from "./fixtures/second-server";

const mails: { to: string; subject: string; text: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        mails.push({
          to: session.envelope.rcptTo[0]?.address ?? "",
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
        });
        callback();
      })
      .catch(callback);
  },
});

let server: SecondServer;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as { port: number };
  server = startSecondServer(9, { SMTP_URL: `smtp://127.0.0.1:${port}`, AUTH_TRUSTED_PROXIES: "loopback" });
  await untilServing(server);
});

test.afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

async function mailTo(address: string) {
  await expect.poll(() => mails.some((mail) => mail.to === address), { timeout: 10_000 }).toBe(true);
  return mails.find((mail) => mail.to === address)!;
}

test("sign-up says where the link went; the link starts the account and signs in", async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: server.url,
    extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() },
  });
  const page = await context.newPage();
  const account = new AccountPages(page);
  const user = newCredentials("verify");

  await page.goto("/en/sign-up");
  await page.getByLabel("Display name").fill(user.name);
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  const status = page.getByRole("status").filter({ hasText: "Check your inbox" });
  await expect(status).toHaveText(
    `Check your inbox: we sent a link to ${user.email}. Open it to finish creating your account.`,
  );
  await expect(status).toBeFocused();
  await expect(account.header().getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const mail = await mailTo(user.email);
  expect(mail.subject).toBe("Confirm your e-mail address for Parallel");
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  expect(link).toContain(`${server.url}/api/auth/verify-email?token=`);
  await page.goto(link!);
  await expect(page).toHaveURL(`${server.url}/en`);
  await account.expectSignedIn(user.name);
  await context.close();
});
