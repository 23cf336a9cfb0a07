import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { SEED_TITLES } from "./fixtures/titles";
import { LibraryPage } from "./pages/library-page";
import { ReaderPage } from "./pages/reader-page";

test.describe("reader", () => {
  test.beforeEach(async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.openArticle(SEED_TITLES.kazakhstan);
  });

  test("shows a demo translation side by side, sentence against sentence @smoke", async ({ page }) => {
    const reader = new ReaderPage(page);
    await expect(page).toHaveURL(/lang=en/);
    await expect(page).toHaveURL(/mode=side/);
    const count = await reader.originals().count();
    expect(count).toBeGreaterThan(5);
    await expect(reader.translations()).toHaveCount(count);
    await expect(page.locator("[data-missing]")).toHaveCount(0);
    await expect(reader.originals().first()).toHaveAttribute("lang", "fr");
    await expect(page.locator('p[lang="en"]').first()).toBeVisible();
    await expect(page.getByText("Sample translation", { exact: true })).toBeVisible();
    await expect(page.getByText("M. Ding", { exact: false }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("hovering a sentence highlights its counterpart", async ({ page }) => {
    const reader = new ReaderPage(page);
    const third = reader.originals().nth(2);
    const id = await third.getAttribute("data-segment-id");
    await third.hover();
    await expect(reader.counterpartOf(id!)).toHaveAttribute("data-active", "true");
    await expect(third).toHaveAttribute("data-active", "true");
  });

  test("switches modes and the URL reproduces the view", async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.chooseMode("Interlinear", "interlinear");
    await expect(reader.translations().first()).toBeVisible();
    await reader.chooseMode("Original only", "original");
    await expect(reader.translations()).toHaveCount(0);
    await reader.chooseMode("Translation only", "translation");
    await expect(reader.originals()).toHaveCount(0);
    await expect(reader.translations().first()).toBeVisible();

    const url = page.url();
    const fresh = await page.context().browser()!.newPage();
    await fresh.goto(url);
    await expect(fresh.locator('[data-side="original"]')).toHaveCount(0);
    await expect(fresh.getByRole("radio", { name: "Translation only" })).toBeChecked();
    await fresh.close();
  });

  test("the language picker lists the translations plus none, and the choice is remembered", async ({ page }) => {
    const reader = new ReaderPage(page);
    const options = await reader.languagePicker().locator("option").allTextContents();
    expect(options).toEqual(["English", "Chinese", "None (original only)"]);
    await reader.chooseLanguage("zh");
    await expect(page.locator('p[lang="zh"]').first()).toBeVisible();
    await reader.chooseMode("Interlinear", "interlinear");

    // A bare link to the article opens in the remembered language and mode.
    await page.goto(page.url().split("?")[0]);
    await expect(page).toHaveURL(/lang=zh/);
    await expect(page).toHaveURL(/mode=interlinear/);

    await reader.chooseLanguage("none");
    await expect(reader.translations()).toHaveCount(0);
    await expect(page.getByRole("radio", { name: "Side by side" })).toBeDisabled();
  });

  test("keyboard alone reaches the text and moves from sentence to sentence", async ({ page }) => {
    const reader = new ReaderPage(page);
    const first = reader.originals().first();
    for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(first).toBeFocused();
    const firstId = await first.getAttribute("data-segment-id");
    await expect(reader.counterpartOf(firstId!)).toHaveAttribute("data-active", "true");
    await page.keyboard.press("ArrowDown");
    const second = reader.originals().nth(1);
    await expect(second).toBeFocused();
    await expect(reader.counterpartOf((await second.getAttribute("data-segment-id"))!)).toHaveAttribute(
      "data-active",
      "true",
    );
    await page.keyboard.press("End");
    await expect(reader.originals().last()).toBeFocused();
    // One tab stop for the whole text: Tab leaves it.
    await page.keyboard.press("Tab");
    await expect(reader.originals().last()).not.toBeFocused();
  });
});

test("a sentence without a translation says so", async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.openArticle(SEED_TITLES.seminar);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('[data-side="translation"]:not([data-missing])')).toHaveCount(1);
  await expect(page.locator("[data-missing]").first()).toHaveText("No translation yet for this sentence.");
  await expect(page.getByText(/^1 of \d+ sentences translated into English$/)).toBeVisible();
  await expect(page.getByText("The other sentences are waiting for a contributor.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Create an account" })).toHaveAttribute(
    "href",
    "/en/sign-up",
  );
});

test("an unknown article is a localized 404", async ({ page }) => {
  const response = await page.goto("/fr/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page).toHaveTitle("Page introuvable · Parallel");
});

test("the reader on a phone-sized screen @smoke", async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const library = new LibraryPage(page);
  await library.goto();
  await library.openArticle(SEED_TITLES.thinkTank);
  await expect(page.locator('[data-side="translation"]').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const path = testInfo.outputPath("reader-phone.png");
  await page.screenshot({ path, fullPage: false });
  await testInfo.attach("reader-phone", { path, contentType: "image/png" });
  await context.close();
});
