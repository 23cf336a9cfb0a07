// No page scrolls sideways on a small phone: every page, at 320 and 390 px, in the five interface languages.
import { expect, test } from "@playwright/test";
import { routing } from "../i18n/routing";
import { uniqueClientIp } from "./pages/account-pages";
import { adminContext, anonymousPages, discoverPages, horizontalOverflow, type AppPage } from "./pages/every-page";

const widths = [320, 390];

test("no page is wider than a 320 or 390 px screen, in any interface language", async ({ browser }) => {
  test.setTimeout(600_000);
  const signedIn = await adminContext(browser);
  const admin = await signedIn.newPage();
  const pages = await discoverPages(admin);
  const anonymous = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const visitor = await anonymous.newPage();

  const tooWide: string[] = [];
  const check = async (page: typeof admin, list: AppPage[]) => {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      for (const locale of routing.locales) {
        for (const { name, path } of list) {
          await page.goto(`/${locale}${path}`);
          const { overflow, culprits } = await horizontalOverflow(page);
          if (overflow > 0)
            tooWide.push(`${locale} ${name} at ${width}px: ${overflow}px too wide (${culprits.join(", ")})`);
        }
      }
    }
  };
  await check(admin, pages);
  await check(visitor, anonymousPages);
  expect(pages.length).toBeGreaterThan(15);
  expect(tooWide).toEqual([]);
  await signedIn.close();
  await anonymous.close();
});
