// Lighthouse's accessibility audit scores the library and the reader 100, on a laptop and on a phone. Lighthouse
// drives the same Debian Chromium over the DevTools protocol (a port of the test's own); it downloads nothing.
import { chromium, expect, test } from "@playwright/test";
import lighthouse from "lighthouse";
import { SEED_TITLES } from "./fixtures/titles";
import { LibraryPage } from "./pages/library-page";

const debuggingPort = Number(process.env.E2E_PORT ?? 3100) + 20;

test("Lighthouse accessibility is 100 on the library and the reader, desktop and mobile", async ({ page }) => {
  test.setTimeout(240_000);
  const library = new LibraryPage(page);
  await library.goto();
  const libraryUrl = page.url();
  await library.openArticle(SEED_TITLES.kazakhstan);
  const readerUrl = page.url();

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [`--remote-debugging-port=${debuggingPort}`, "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  try {
    const scores: Record<string, number | null> = {};
    const failing: Record<string, string[]> = {};
    for (const [name, url] of [
      ["library", libraryUrl],
      ["reader", readerUrl],
    ]) {
      for (const formFactor of ["desktop", "mobile"] as const) {
        const result = await lighthouse(
          url,
          { port: debuggingPort, onlyCategories: ["accessibility"], output: "json", logLevel: "error" },
          {
            extends: "lighthouse:default",
            settings: {
              formFactor,
              screenEmulation:
                formFactor === "mobile"
                  ? { mobile: true, width: 390, height: 844, deviceScaleFactor: 2, disabled: false }
                  : { mobile: false, width: 1366, height: 900, deviceScaleFactor: 1, disabled: false },
              throttlingMethod: "provided",
            },
          },
        );
        const lhr = result!.lhr;
        const key = `${name} (${formFactor})`;
        scores[key] = lhr.categories.accessibility.score;
        failing[key] = Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
          .map((audit) => audit.id);
      }
    }
    expect(failing).toEqual({
      "library (desktop)": [],
      "library (mobile)": [],
      "reader (desktop)": [],
      "reader (mobile)": [],
    });
    expect(Object.values(scores)).toEqual([1, 1, 1, 1]);
  } finally {
    await browser.close();
  }
});
