// Heavy work never blocks other users (issue 10): while the production server refuses a hostile ~30 MB glossary
// upload (thousands of entries, then elements nested 100,000 deep), a reader's article page still answers, and
// answers before the import does. The reader's latency, idle and under the import, is recorded in the report.
import { expect, test } from "@playwright/test";
import { createEditor, createGlossary } from "./fixtures/glossaries";
import { bulkyDeepTbx } from "../lib/testing/hostile-inputs";
import { AccountPages, uniqueClientIp, type Credentials } from "./pages/account-pages";

let editor: Credentials;

test.beforeAll(() => {
  editor = createEditor();
});

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
}

test("a reader's page answers while a hostile import is being refused", async ({ page, playwright, baseURL }) => {
  test.setTimeout(180_000);
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
  const glossary = createGlossary("Hostile load");
  await new AccountPages(page).signInAt("/en/sign-in", editor);
  const reader = await playwright.request.newContext({ baseURL });
  const { items } = await (await reader.get("/api/v1/articles")).json();
  const articlePath = `/en/articles/${items[0].slug}`;

  const idle: number[] = [];
  for (let run = 0; run < 3; run++) {
    const { result, ms } = await timed(() => reader.get(articlePath));
    expect(result.status()).toBe(200);
    idle.push(ms);
  }

  const body = Buffer.from(new TextEncoder().encode(bulkyDeepTbx({ bytes: 30 * 1024 * 1024, depth: 100_000 })));
  let importAnsweredAfter: number | null = null;
  const importStarted = performance.now();
  const importing = page.request
    .post(`/api/v1/glossaries/${glossary.id}/imports/preview?format=tbx&filename=hostile.tbx`, {
      data: body,
      headers: { "content-type": "application/octet-stream" },
      timeout: 150_000,
    })
    .then((response) => {
      importAnsweredAfter = Math.round(performance.now() - importStarted);
      return response;
    });
  // Long enough for the body to arrive over loopback and the worker to be busy with it.
  await page.waitForTimeout(1_500);
  const underLoad = await timed(() => reader.get(articlePath));
  const readerAnsweredAfter = Math.round(performance.now() - importStarted);
  expect(underLoad.result.status()).toBe(200);
  expect(underLoad.result.headers()["content-type"]).toMatch(/^text\/html/);
  expect(importAnsweredAfter, "the import must still be running when the reader's page arrives").toBeNull();

  const response = await importing;
  const answer = await response.json();
  // Refused either way: past the time budget (422), or, with a depth limit in the parser, as a refused preview.
  if (response.status() === 422) expect(answer.error.code).toBe("TIME_BUDGET_EXCEEDED");
  else expect({ status: response.status(), refused: answer.refused }).toEqual({ status: 200, refused: true });

  const measures = { idleMs: idle, underLoadMs: underLoad.ms, readerAnsweredAfter, importAnsweredAfter };
  test.info().annotations.push({ type: "reader latency", description: JSON.stringify(measures) });
  console.log("reader latency during a hostile import:", JSON.stringify(measures), "import status", response.status());
  await reader.dispose();
});
