import type { Browser, BrowserContext, Page } from "@playwright/test";
import { AccountPages, adminCredentials, uniqueClientIp } from "./account-pages";

/** One page of the app to look at: a short name for reports and file names, and its path without the locale. */
export type AppPage = { name: string; path: string };

/**
 * Every page of the app, found by following links from the library and the glossaries as a signed-in admin (who
 * sees every page), so that the list grows with the app instead of being typed out. Pages only a signed-out visitor
 * sees (sign-in, sign-up) come from `anonymousPages`.
 */
export async function discoverPages(page: Page): Promise<AppPage[]> {
  await page.goto("/en/articles");
  const articleHrefs = await page
    .locator('main a[href*="/articles/"]')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.replace(/^\/en/, "")),
    );
  await page.goto("/en/glossaries");
  const glossaryHref = await page
    .locator('main a[href^="/en/glossaries/"]')
    .first()
    .evaluate((link) => new URL((link as HTMLAnchorElement).href).pathname.replace(/^\/en/, ""));
  await page.goto(`/en${glossaryHref}`);
  const entryHref = await page
    .locator(`main a[href^="/en${glossaryHref}/entries/"]:not([href$="/new"])`)
    .first()
    .evaluate((link) => new URL((link as HTMLAnchorElement).href).pathname.replace(/^\/en/, ""));
  return [
    { name: "library", path: "/articles" },
    ...[...new Set(articleHrefs)].map((path, index) => ({ name: `reader-${index + 1}`, path })),
    { name: "glossaries", path: "/glossaries" },
    { name: "glossary", path: glossaryHref },
    { name: "glossary-entry", path: entryHref },
    { name: "glossary-new-entry", path: `${glossaryHref}/entries/new` },
    { name: "glossary-import", path: `${glossaryHref}/import` },
    { name: "glossary-proposals", path: `${glossaryHref}/proposals` },
    { name: "glossary-propose", path: `${glossaryHref}/propose` },
    { name: "term-candidates", path: "/term-candidates" },
    { name: "account", path: "/account" },
    { name: "account-password", path: "/account/password" },
    { name: "admin-users", path: "/admin/users" },
    { name: "admin-audit", path: "/admin/audit" },
    { name: "not-found", path: "/no-such-page" },
  ];
}

export const anonymousPages: AppPage[] = [
  { name: "sign-in", path: "/sign-in" },
  { name: "sign-up", path: "/sign-up" },
  { name: "forgot-password", path: "/forgot-password" },
  { name: "reset-password", path: "/reset-password?token=expired" },
];

/** A browser context signed in as the run's admin, with its own client address (rate limits count per address). */
export async function adminContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const account = new AccountPages(await context.newPage());
  await account.signInAt("/en/sign-in", adminCredentials());
  return context;
}

/** How far the document is wider than the viewport, and the elements that stick out (for the failure message). */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow <= 0) return { overflow, culprits: [] };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 4).join(".")}`);
    return { overflow, culprits };
  });
}
