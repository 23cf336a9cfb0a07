import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { AccountPages, adminCredentials, newCredentials, uniqueClientIp } from "./pages/account-pages";
import { AdminUsersPage } from "./pages/admin-users-page";

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
});

/** The run's admin (e2e/global-setup.ts), signed in in a browser of their own. */
async function signInAdmin(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const admin = new AccountPages(await context.newPage());
  await admin.signInAt("/en/sign-in", adminCredentials());
  return { admin, close: () => context.close() };
}

test("an admin promotes a user to editor, and the user sees the editor navigation @smoke", async ({
  page,
  browser,
}) => {
  const account = new AccountPages(page);
  const user = newCredentials();
  await account.signUp(user);
  await expect((await account.accountMenu()).getByText("Editor", { exact: true })).toHaveCount(0);

  const { admin, close } = await signInAdmin(browser);
  await (await admin.accountMenu()).getByRole("link", { name: "Users" }).click();
  await expect(admin.page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  const users = new AdminUsersPage(admin.page);
  await users.search(user.email.toUpperCase());
  await expect(admin.page.getByRole("status").filter({ hasText: "matches" })).toHaveText(
    `1 user matches “${user.email.toUpperCase()}”`,
  );
  await users.changeRole(user, "editor");

  await page.reload();
  const menu = await account.accountMenu();
  await expect(menu.getByText("Editor", { exact: true })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Term candidates" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Users" })).toHaveCount(0);

  await (await admin.accountMenu()).getByRole("link", { name: "Audit log" }).click();
  const entry = admin.page.getByRole("row").filter({ hasText: user.email }).first();
  await expect(entry).toContainText("Role changed from Reader to Editor");
  await close();
});

test("disabling a user ends their session at once; enabling lets them back", async ({ page, browser }) => {
  const account = new AccountPages(page);
  const user = newCredentials();
  await account.signUp(user);

  const { admin, close } = await signInAdmin(browser);
  const users = new AdminUsersPage(admin.page);
  await admin.page.goto("/en/admin/users");
  await users.search(user.email);
  const row = users.row(user.email);
  await row.getByRole("button", { name: `Disable ${user.name}: their sessions end at once` }).click();
  await expect(row.getByRole("cell", { name: "Disabled" })).toBeVisible();

  await page.reload();
  await expect(account.header().getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/en/sign-in");
  await account.signIn(user.email, user.password);
  await expect(account.alert()).toHaveText("This account is disabled. Contact an administrator.");

  await row.getByRole("button", { name: `Enable ${user.name}` }).click();
  await expect(row.getByRole("cell", { name: "Active" })).toBeVisible();
  await account.signIn(user.email, user.password);
  await account.expectSignedIn(user.name);
  await close();
});

test("admin pages: anonymous visitors go to sign-in, other roles get a localized 403", async ({ page }) => {
  await page.goto("/fr/admin/users");
  await expect(page).toHaveURL(/\/fr\/sign-in\?next=%2Fadmin%2Fusers$/);

  const account = new AccountPages(page);
  await account.signUp(newCredentials());
  for (const [path, title] of [
    ["/ru/admin/users", "Доступ запрещён"],
    ["/en/admin/audit", "Not allowed"],
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
});

for (const path of ["/en/admin/users", "/en/admin/audit", "/kk/admin/users"]) {
  test(`${path} has no serious accessibility violations`, async ({ browser }) => {
    const { admin, close } = await signInAdmin(browser);
    await admin.page.goto(path);
    await expect(admin.page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(admin.page);
    await close();
  });
}
