// Screenshots of every page for review: 390 px (a phone) and 1366 px (a laptop), light and dark, in English,
// Chinese and Russian (Latin, Han and Cyrillic text; Russian runs longest). Saved under
// test-results/screenshots/<locale>-<theme>-<width>-<page>.png, which CI keeps with the run.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { uniqueClientIp } from "./pages/account-pages";
import { adminContext, anonymousPages, discoverPages, type AppPage } from "./pages/every-page";

const folder = path.join("test-results", "screenshots");
const locales = ["en", "zh", "ru"] as const;
const themes = ["light", "dark"] as const;
const viewports = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
];

test("screenshots of every page, phone and laptop, light and dark, in en, zh and ru", async ({ browser }) => {
  test.setTimeout(900_000);
  const signedIn = await adminContext(browser);
  const admin = await signedIn.newPage();
  const pages = await discoverPages(admin);
  const anonymous = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const visitor = await anonymous.newPage();

  let saved = 0;
  const shoot = async (page: typeof admin, list: AppPage[]) => {
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        for (const locale of locales) {
          for (const { name, path: pagePath } of list) {
            await page.goto(`/${locale}${pagePath}`);
            await expect(page.locator("h1").first()).toBeVisible();
            await page.screenshot({
              path: path.join(folder, `${locale}-${theme}-${viewport.width}-${name}.png`),
              fullPage: true,
            });
            saved++;
          }
        }
      }
    }
  };
  await shoot(admin, pages);
  await shoot(visitor, anonymousPages);
  expect(saved).toBe((pages.length + anonymousPages.length) * locales.length * themes.length * viewports.length);
  await signedIn.close();
  await anonymous.close();
});
