import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { SEED_TITLES } from "./fixtures/titles";
import { AccountPages, newCredentials, uniqueClientIp } from "./pages/account-pages";
import { LibraryPage } from "./pages/library-page";
import { ProfilePage } from "./pages/profile-page";

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
});

test("the interface language preference applies at once, on a return to / and at the next sign-in", async ({
  page,
  browser,
}) => {
  const account = new AccountPages(page);
  const profile = new ProfilePage(page);
  const user = newCredentials();
  await account.signUp(user);
  await profile.goto();
  await profile.savePreferences({ uiLocale: "fr" });
  await expect(page).toHaveURL(/\/fr\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Votre profil" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);

  // A browser that kept the session but not next-intl's locale cookie (a session cookie) is sent
  // to the preferred language by "/", whatever it accepts.
  const session = (await page.context().cookies()).filter((cookie) => cookie.name !== "NEXT_LOCALE");
  const restarted = await browser.newContext({
    locale: "en-US",
    extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() },
  });
  await restarted.addCookies(session);
  const returning = await restarted.newPage();
  await returning.goto("/");
  await expect(returning).toHaveURL(/\/fr$/);
  await restarted.close();

  // Signing in on an English page opens the account in French.
  const elsewhere = await browser.newContext({
    locale: "en-US",
    extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() },
  });
  const other = new AccountPages(await elsewhere.newPage());
  await other.page.goto("/en/sign-in");
  await other.signIn(user.email, user.password);
  await expect(other.page).toHaveURL(/\/fr$/);
  await expect(other.page.getByRole("button", { name: `Menu du compte de ${user.name}` })).toBeVisible();
  await elsewhere.close();
});

test("the reading language preference picks the reader's translation", async ({ page }) => {
  const account = new AccountPages(page);
  const profile = new ProfilePage(page);
  await account.signUp(newCredentials());
  await profile.goto();
  await profile.savePreferences({ readingLanguage: "zh" });
  await expect(profile.main().getByRole("status").filter({ hasText: /\S/ })).toHaveText("Your profile has been saved.");
  const library = new LibraryPage(page);
  await library.goto();
  await library.openArticle(SEED_TITLES.kazakhstan);
  await expect(page).toHaveURL(/lang=zh/);
});

test("a personal API token works with the API until it is revoked, and is shown only once @smoke", async ({
  page,
  request,
}) => {
  const account = new AccountPages(page);
  const profile = new ProfilePage(page);
  const user = newCredentials();
  await account.signUp(user);
  await profile.goto();
  const token = await profile.createToken("e2e script");
  await expect(profile.tokenRow("e2e script")).toBeVisible();

  const authorization = { Authorization: `Bearer ${token}` };
  const me = await request.get("/api/v1/me", { headers: authorization });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: user.email, name: user.name, role: "reader" });

  await page.reload();
  await expect(profile.main().getByLabel("New token")).toHaveCount(0);
  const row = profile.tokenRow("e2e script");
  await expect(row.getByRole("cell").nth(1)).toHaveText(`${token.slice(0, 12)}…`);
  await expect(row.getByRole("cell").nth(3)).not.toHaveText("Never");
  // Cancelling keeps the token.
  await row.getByRole("button", { name: "Revoke the token e2e script" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Revoke the token e2e script" })).toBeFocused();
  expect((await request.get("/api/v1/me", { headers: authorization })).status()).toBe(200);
  await profile.revokeToken("e2e script");
  await expect(row).toHaveCount(0);
  await expect(profile.main().getByText("You have no tokens.")).toBeVisible();

  const after = await request.get("/api/v1/me", { headers: authorization });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("UNAUTHENTICATED");
});

test("revoking the token just created asks first, then takes its copy-it-now panel away", async ({ page }) => {
  const profile = new ProfilePage(page);
  await new AccountPages(page).signUp(newCredentials());
  await profile.goto();
  await profile.createToken("old script");
  await profile.createToken("new script");
  // Revoking another token leaves the new one's panel: it may be the replacement, not copied yet.
  await profile.revokeToken("old script");
  await expect(profile.tokenRow("old script")).toHaveCount(0);
  await expect(profile.main().getByLabel("New token")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await profile.revokeToken("new script");
  await expect(profile.tokenRow("new script")).toHaveCount(0);
  await expect(profile.main().getByLabel("New token")).toHaveCount(0);
  await expect(profile.main().getByText(/shown only this once/)).toHaveCount(0);
});

test("an anonymous visitor of the profile signs in and comes back to it", async ({ page }) => {
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Faccount$/);
});

for (const locale of ["en", "ru"]) {
  test(`the ${locale} profile page has no serious accessibility violations`, async ({ page }) => {
    const account = new AccountPages(page);
    const profile = new ProfilePage(page);
    await account.signUp(newCredentials());
    await profile.goto(locale);
    if (locale === "en") await profile.createToken("axe");
    await expectNoSeriousA11yViolations(page);
  });
}
