// The pages every visitor sees meet the strict bar: no axe violation of any impact, best practices included,
// in light and dark, on a laptop and on a phone, in each layout of the reader.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";
import { SEED_TITLES } from "./fixtures/titles";
import { LibraryPage } from "./pages/library-page";

for (const colorScheme of ["light", "dark"] as const) {
  test(`the library and the reader have no axe violation at all, ${colorScheme} @smoke`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const library = new LibraryPage(page);
    await library.goto();
    await expectNoA11yViolations(page);
    await library.openArticle(SEED_TITLES.kazakhstan);
    for (const mode of ["side", "interlinear", "original", "translation"]) {
      await page.goto(page.url().replace(/mode=\w+/, `mode=${mode}`));
      await expect(page.locator("[data-segment-focus]").first()).toBeVisible();
      await expectNoA11yViolations(page);
    }
  });

  test(`on a phone, the reader and its open view sheet have no axe violation, ${colorScheme}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, colorScheme });
    const page = await context.newPage();
    const library = new LibraryPage(page);
    await library.goto();
    await expectNoA11yViolations(page);
    await library.openArticle(SEED_TITLES.kazakhstan);
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: /Reading view/ }).click();
    await expectNoA11yViolations(page);
    await page.getByRole("banner").getByRole("button", { name: "Menu" }).click();
    await expectNoA11yViolations(page);
    await context.close();
  });
}
