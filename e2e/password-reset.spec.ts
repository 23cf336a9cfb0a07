// "Forgot your password?" on the embedded install (no SMTP_URL): a second production server of the run's own, whose
// log this spec reads the way an operator would, since that is where the embedded install puts the reset link; and
// Chromium doing what a person does with it. The e-mail variant is tested in server/password-reset.test.ts.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { startSecondServer, untilServing, type SecondServer } from "./fixtures/second-server";
import { AccountPages, newCredentials, uniqueClientIp } from "./pages/account-pages";

let server: SecondServer;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  // The main e2e server's log is Playwright's; this one's is ours to read. No SMTP_URL: the embedded install.
  server = startSecondServer(11, {});
  await untilServing(server);
});

test.afterAll(async () => {
  await server?.stop();
});

/** A browser of its own (a device, with its own client address) on the embedded server. */
async function device(browser: Browser) {
  const context = await browser.newContext({
    baseURL: server.url,
    extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() },
  });
  return { account: new AccountPages(await context.newPage()), close: () => context.close() };
}

/** The reset link the server printed for `email`, as its operator finds it in the log. */
async function linkInLog(email: string): Promise<string> {
  const line = () =>
    server
      .output()
      .split("\n")
      .find((l) => l.includes(`Password reset link for ${email} `));
  await expect.poll(line, { message: `a reset link for ${email} in the server log` }).toBeTruthy();
  return line()!.match(/https?:\/\/\S+$/)![0];
}

test("a forgotten password is reset with the link from the server log; old sessions end @smoke", async ({
  browser,
}) => {
  const user = newCredentials("reset");
  const laptop = await device(browser);
  await laptop.account.signUp(user);

  const phone = await device(browser);
  const page = phone.account.page;
  await page.goto("/en/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(`${server.url}/en/forgot-password`);
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("E-mail address").fill("not an address");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByLabel("E-mail address")).toBeFocused();
  await expect(page.getByText("Enter an e-mail address such as name@example.org.")).toBeVisible();

  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  const sent = page.getByRole("status").filter({ hasText: user.email });
  await expect(sent).toHaveText(
    `If an account uses ${user.email}, a link to choose a new password has been created. This server does not send ` +
      "e-mail: its administrator can find the link in the server log and pass it on to you. The link works for one hour.",
  );
  await expect(sent).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  const link = await linkInLog(user.email);
  expect(link).toMatch(new RegExp(`^${server.url}/api/auth/reset-password/\\w+\\?callbackURL=%2Fen%2Freset-password$`));
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`^${server.url}/en/reset-password\\?token=\\w+$`));
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const newPassword = `${user.password} renewed`;
  await page.getByLabel("New password", { exact: true }).fill("too short");
  await page.getByLabel("New password again").fill("too short");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByLabel("New password", { exact: true })).toBeFocused();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(`${newPassword}!`);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByLabel("New password again")).toBeFocused();
  await expect(page.getByText("The two passwords differ.")).toBeVisible();
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();

  await expect(page).toHaveURL(`${server.url}/en/sign-in?reset=done`);
  await expect(page.getByRole("status")).toHaveText(
    "Your password has been changed and you have been signed out everywhere. Sign in with your new password.",
  );
  await expectNoSeriousA11yViolations(page);
  await phone.account.signIn(user.email, user.password);
  await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail address or password." })).toBeVisible();
  await phone.account.signIn(user.email, newPassword);
  await phone.account.expectSignedIn(user.name);

  // The laptop's session, opened with the old password, is gone.
  await laptop.account.page.reload();
  await expect(laptop.account.header().getByRole("link", { name: "Sign in" })).toBeVisible();

  // The link works once.
  await page.goto(link);
  await expect(page).toHaveURL(`${server.url}/en/reset-password?error=INVALID_TOKEN`);
  await expect(page.getByRole("alert").filter({ hasText: "link" })).toHaveText(
    "This password reset link is not valid: it has expired (links work for one hour), has been used already, or was " +
      "copied incompletely.",
  );
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL(`${server.url}/en/forgot-password`);
  await Promise.all([laptop.close(), phone.close()]);
});

test("an address without an account gets the same answer, in the page's language, and no link", async ({ browser }) => {
  const { account, close } = await device(browser);
  const stranger = newCredentials("stranger").email;
  await account.page.goto("/ru/forgot-password");
  await expect(account.page).toHaveTitle("Забыли пароль? · Parallel");
  await account.page.getByLabel("Адрес электронной почты").fill(stranger);
  await account.page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(account.page.getByRole("status").filter({ hasText: stranger })).toHaveText(
    `Если адрес ${stranger} принадлежит учётной записи, ссылка для смены пароля создана. Этот сервер не отправляет ` +
      "письма: администратор найдёт ссылку в журнале сервера и сможет передать её вам. Ссылка действует один час.",
  );
  await expectNoSeriousA11yViolations(account.page);
  expect(server.output()).not.toContain(stranger);
  await close();
});
