import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { SEED_ARTICLE_COUNT, SEED_TITLES } from "./fixtures/titles";
import { LibraryPage } from "./pages/library-page";

test("the library lists every seed article with its metadata @smoke", async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.articles()).toHaveCount(SEED_ARTICLE_COUNT);
  const card = library.articles().filter({ hasText: SEED_TITLES.thinkTank });
  await expect(card).toContainText("Chinese Social Sciences Today");
  await expect(card).toContainText("WANG CHUNYAN");
  await expect(card).toContainText("November 25, 2022");
  await expect(card).toContainText("French: 19 of 19 translated");
});

test("the library filters by article language", async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByLabel("Article language").selectOption("fr");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/language=fr/);
  await expect(library.articles()).toHaveCount(3);
  await expect(page.getByRole("link", { name: SEED_TITLES.thinkTank })).toHaveCount(0);
  await expect(page.getByRole("link", { name: SEED_TITLES.kazakhstan })).toBeVisible();
});

test("the root redirects to a locale and the library has no serious accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
