// The reader on a phone reads first: the article starts on the first screen, the view controls fold into one
// button and a sheet, the text size is the reader's, and tips for keyboard users wait for the keyboard.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { SEED_TITLES } from "./fixtures/titles";
import { LibraryPage } from "./pages/library-page";
import { ReaderPage } from "./pages/reader-page";

async function phone(browser: Browser, locale = "en") {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  return { context, page: await context.newPage() };
}

test("on a 390 px phone the title and the first sentences are on the first screen, in every layout @smoke", async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  const library = new LibraryPage(page);
  await library.goto();
  await library.openArticle(SEED_TITLES.kazakhstan);
  for (const mode of ["side", "interlinear", "original", "translation"]) {
    await page.goto(page.url().replace(/mode=\w+/, `mode=${mode}`));
    const first = page.locator("[data-segment-focus]").first();
    const box = await first.boundingBox();
    expect(box, mode).not.toBeNull();
    expect(box!.y + box!.height, `first sentence in ${mode}`).toBeLessThan(844);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  }
  await context.close();
});

test("on a phone the view controls are one button that opens a sheet, and a choice there applies", async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  const library = new LibraryPage(page);
  await library.goto();
  await library.openArticle(SEED_TITLES.kazakhstan);
  await expect(page.locator("#reader-language")).toBeHidden();
  const toggle = page.getByRole("button", { name: /Reading view/ });
  await expect(toggle).toContainText("English · Side by side");
  await toggle.click();
  await expect(page.locator("#reader-language")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByText("Interlinear", { exact: true }).click();
  await expect(page).toHaveURL(/mode=interlinear/);
  await expect(page.getByRole("button", { name: /Reading view/ })).toContainText("English · Interlinear");
  await context.close();
});

test("the header is one row with a menu on a phone, and the menu reaches every section", async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto("/en/articles");
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(57);
  await header.getByRole("button", { name: "Menu" }).click();
  const menu = page.getByRole("navigation", { name: "Main navigation" });
  await expect(menu.getByRole("link", { name: "Library" })).toHaveAttribute("aria-current", "page");
  await menu.getByRole("link", { name: "Glossaries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossaries" })).toBeVisible();
  // The menu closed on the way: the page is usable at once.
  await expect(menu).toBeHidden();
  await context.close();
});

test("the text size is the reader's: changed at once, kept on the next visit", async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.openArticle(SEED_TITLES.kazakhstan);
  const text = page.locator("#reader-text");
  const sizeOf = () => text.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const before = await sizeOf();
  await page.getByRole("button", { name: "Larger text" }).click();
  await expect.poll(sizeOf).toBeGreaterThan(before);
  const larger = await sizeOf();
  await page.reload();
  expect(await sizeOf()).toBe(larger);
  await page.getByRole("button", { name: "Smaller text" }).click();
  await expect.poll(sizeOf).toBe(before);
});

test("the keyboard tip appears only once the keyboard is in the text", async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.openArticle(SEED_TITLES.kazakhstan);
  const hint = page.locator("#reader-keyboard-hint");
  await expect(hint).toBeHidden();
  await new ReaderPage(page).originals().first().hover();
  await expect(hint).toBeHidden();
  const first = new ReaderPage(page).originals().first();
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(hint).toBeVisible();
});

test("an article nobody has translated says so and shows a visitor the way to contribute", async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.articles().filter({ hasText: "Not translated yet" }).first().getByRole("link").click();
  await expect(page).toHaveURL(/lang=none&mode=original/);
  await expect(page.getByRole("heading", { name: "Not translated yet" })).toBeVisible();
  await expect(page.locator("#reader-language")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("choosing no translation is remembered as the original layout: a later visit takes one redirect", async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.openArticle(SEED_TITLES.kazakhstan);
  await new ReaderPage(page).chooseLanguage("none");
  // The choice lands as lang=none&mode=side and is then normalized: wait for that before counting redirects.
  await expect(page).toHaveURL(/lang=none&mode=original/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "parallel_reader");
  expect(decodeURIComponent(cookie!.value)).toBe("lang=none&mode=original");
  const redirects: string[] = [];
  page.on("response", (response) => {
    // The visit's own redirects: a client-side refresh still settling from the choice is not part of it.
    const isVisit = response.request().resourceType() === "document";
    if (isVisit && response.status() >= 300 && response.status() < 400) redirects.push(response.url());
  });
  await page.goto(page.url().split("?")[0]);
  await expect(page).toHaveURL(/lang=none&mode=original/);
  expect(redirects).toHaveLength(1);
});
