// Sign-up on an install with an SMTP server (SMTP_URL): a second production server configured with one, a real SMTP
// server in the test receiving what it sends, and Chromium doing what a person does with the e-mailed link.
import { expect, test } from "@playwright/test";
import { startSmtpInbox, type SmtpInbox } from "../server/testing/smtp-inbox";
import { expectNoSeriousA11yViolations } from "./axe";
import { AccountPages, newCredentials, uniqueClientIp } from "./pages/account-pages";
import { startSecondServer, untilServing, type SecondServer } from "./fixtures/second-server";

let inbox: SmtpInbox;
let server: SecondServer;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  inbox = await startSmtpInbox();
  server = startSecondServer(9, { SMTP_URL: inbox.url });
  await untilServing(server);
});

test.afterAll(async () => {
  await server?.stop();
  await inbox?.close();
});

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

  const mail = await inbox.nextMail(user.email);
  expect(mail.subject).toBe("Confirm your e-mail address for Parallel");
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  expect(link).toContain(`${server.url}/api/auth/verify-email?token=`);
  await page.goto(link!);
  await expect(page).toHaveURL(`${server.url}/en`);
  await account.expectSignedIn(user.name);
  await context.close();
});
