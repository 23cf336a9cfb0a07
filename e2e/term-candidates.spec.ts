// The term candidates page for an editor: a candidate that is no term is dismissed and leaves the list, stays in
// the folded list of dismissed ones, and comes back when restored; on a 320 px phone the page does not scroll
// sideways, whatever the length of a glossary's name.
import { execFileSync } from "node:child_process";
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { createAccount } from "./fixtures/operator";
import { AccountPages, newCredentials, uniqueClientIp, type Credentials } from "./pages/account-pages";

let editor: Credentials;

test.beforeAll(() => {
  editor = { ...newCredentials("editor"), name: `Editor ${Date.now().toString(36)}` };
  createAccount(editor, "editor");
  // A glossary whose name is longer than a phone is wide: the select that offers it must not widen the page.
  execFileSync(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      "e2e/fixtures/create-glossary.ts",
      `Terminology of the China–Central Asia cooperation mechanism and its secretariat ${Date.now()}`,
    ],
    { env: process.env, stdio: ["ignore", "ignore", "inherit"] },
  );
});

async function signIn(browser: Browser, viewport?: { width: number; height: number }) {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() },
    ...(viewport ? { viewport } : {}),
  });
  const account = new AccountPages(await context.newPage());
  await account.signInAt("/en/sign-in", editor);
  return { page: account.page, close: () => context.close() };
}

test("an editor dismisses a candidate that is no term, and restores it", async ({ browser }) => {
  const { page, close } = await signIn(browser);
  await page.goto("/en/term-candidates");
  const list = page.getByRole("main").getByRole("list").first();
  const first = list.getByRole("article").first();
  const phrase = (await first.getByRole("heading").locator("span[lang]").textContent()) ?? "";
  expect(phrase).not.toBe("");
  const candidate = list
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: phrase, exact: false }) });

  await first.getByRole("button", { name: `Dismiss “${phrase}”: not a term` }).click();
  await expect(candidate).toHaveCount(0);
  const dismissed = page.getByRole("group").filter({ hasText: /dismissed candidates?/ });
  await dismissed.locator("summary").click();
  const row = dismissed.getByRole("listitem").filter({ hasText: phrase });
  await expect(row).toContainText(`dismissed by ${editor.name}`);
  await expectNoSeriousA11yViolations(page);

  await row.getByRole("button", { name: `Restore “${phrase}” to the candidates` }).click();
  await expect(dismissed.getByRole("listitem").filter({ hasText: phrase })).toHaveCount(0);
  await expect(list.getByRole("heading").filter({ hasText: phrase }).first()).toBeVisible();
  await close();
});

for (const width of [320, 390]) {
  test(`the page fits a ${width} px phone without scrolling sideways`, async ({ browser }) => {
    const { page, close } = await signIn(browser, { width, height: 800 });
    await page.goto("/en/term-candidates");
    await expect(page.getByLabel("Start entries in")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });
}
