import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { AccountPages, newCredentials, uniqueClientIp } from "./pages/account-pages";

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
});

test("sign up, sign out, sign in @smoke", async ({ page }) => {
  const account = new AccountPages(page);
  const user = newCredentials();
  await account.signUp(user);
  await expect(page).toHaveURL(/\/en$/);
  await account.signOut();

  await account.header().getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await account.signIn(user.email.toUpperCase(), user.password);
  await account.expectSignedIn(user.name);

  // The session lives in a cookie the page's scripts cannot read.
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("change password, other devices signed out, then only the new password works", async ({ page, browser }) => {
  const account = new AccountPages(page);
  const user = newCredentials();
  await account.signUp(user);

  const otherDevice = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const other = new AccountPages(await otherDevice.newPage());
  await other.page.goto("/en/sign-in");
  await other.signIn(user.email, user.password);
  await other.expectSignedIn(user.name);

  await (await account.accountMenu()).getByRole("link", { name: "Your profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await page.getByRole("link", { name: "Change your password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change password" })).toBeVisible();
  const newPassword = `${user.password} renewed`;
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(newPassword);
  await expect(page.getByLabel("Sign out on all other devices")).toBeChecked();
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password has been changed.");

  await other.page.reload();
  await expect(other.header().getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherDevice.close();

  await account.signOut();
  await page.goto("/en/sign-in");
  await account.signIn(user.email, user.password);
  await expect(account.alert()).toHaveText("Wrong e-mail address or password.");
  await expect(account.alert()).toBeFocused();
  await account.signIn(user.email, newPassword);
  await account.expectSignedIn(user.name);
});

test("an anonymous visitor of the password page signs in and comes back to it", async ({ page }) => {
  const account = new AccountPages(page);
  const user = newCredentials();
  await account.signUp(user);
  await account.signOut();
  await page.goto("/en/account/password");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Faccount%2Fpassword$/);
  await account.signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/en\/account\/password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Change password" })).toBeVisible();
});

test("inline, localized field errors; focus goes to the first invalid field", async ({ page }) => {
  await page.goto("/fr/sign-up");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const name = page.getByLabel("Nom affiché");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("Remplissez ce champ.");

  await name.fill("Zoé");
  await page.getByLabel("Adresse e-mail").fill("zoé@");
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByLabel("Adresse e-mail")).toBeFocused();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAccessibleDescription(/Saisissez une adresse e-mail/);
  await expect(page.getByLabel("Mot de passe")).toHaveAccessibleDescription(/Utilisez au moins 10 caractères/);
  await expect(name).not.toHaveAttribute("aria-invalid");
  await expectNoSeriousA11yViolations(page);
});

test("repeated wrong passwords lock the account for a while", async ({ page }) => {
  const account = new AccountPages(page);
  const user = newCredentials();
  await account.signUp(user);
  await account.signOut();
  await page.goto("/en/sign-in");
  for (let i = 0; i < 5; i++) {
    await account.signIn(user.email, `wrong password ${i}`);
    await expect(account.alert()).toHaveText("Wrong e-mail address or password.");
  }
  await account.signIn(user.email, user.password);
  await expect(account.alert()).toHaveText("Too many wrong passwords for this account. Try again in 15 minutes.");
  await expect(account.header().getByRole("link", { name: "Sign in" })).toBeVisible();
});

for (const path of ["/en/sign-in", "/en/sign-up", "/ru/sign-in"]) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}
