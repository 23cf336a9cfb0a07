// Every page names the site's icon, and browsers that ask for /favicon.ico without looking get one too.
import { expect, test } from "@playwright/test";

test("the site icon is linked from pages and /favicon.ico answers with an icon @smoke", async ({ page, request }) => {
  await page.goto("/en");
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect(href).toBeTruthy();
  const svg = await request.get(href!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await svg.text()).toContain("<svg");

  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const bytes = await ico.body();
  // An ICO directory of one image (reserved 0, type 1, count 1), as browsers expect.
  expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
});
