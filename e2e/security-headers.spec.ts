import { expect, test, type APIResponse } from "@playwright/test";

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Plain http from the test runner: HSTS only over https (e2e/hardening.spec.ts has the proxied case).
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

test("library and reader pages carry a nonce CSP without unsafe-inline scripts @smoke", async ({ request }) => {
  for (const path of [
    "/en/articles",
    "/en/articles/think-tank-forum-calls-for-closer-china-central-asia-community?lang=fr&mode=side",
  ]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expectCommonHeaders(response);
    const scriptSrc = response
      .headers()
      ["content-security-policy"].split("; ")
      .find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    // Next puts the request's nonce on its own scripts.
    const nonce = scriptSrc.match(/'nonce-([^']+)'/)![1];
    expect(await response.text()).toContain(`nonce="${nonce}"`);
  }
});

test("API responses carry the headers and a CSP that loads nothing", async ({ request }) => {
  const response = await request.get("/api/v1/articles");
  expect(response.status()).toBe(200);
  expectCommonHeaders(response);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("a cross-site POST is refused", async ({ request }) => {
  const response = await request.post("/en/articles", { headers: { Origin: "https://evil.example" }, data: "x=1" });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: "Cross-site request refused" } });
});

test("the reader runs its scripts under the policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (?:execute|load)/.test(message.text())) violations.push(message.text());
  });
  await page.goto("/en/articles/think-tank-forum-calls-for-closer-china-central-asia-community?lang=fr&mode=side");
  await page.locator("#reader-language").selectOption("ru");
  await expect(page).toHaveURL(/lang=ru/);
  expect(violations).toEqual([]);
});
