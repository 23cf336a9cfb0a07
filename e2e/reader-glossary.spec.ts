// A reader sees glossary terms marked in an article: reaches a mark with the keyboard, opens its card, closes it;
// a Chinese term is marked inside unspaced text; marking can be turned off and glossaries left out, and both stay so.
// The spec's own glossary is written through the data layer (e2e/fixtures/reader-glossary.ts), next to the
// starter glossary the setup imported.
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { expectNoSeriousA11yViolations } from "./axe";
import { TermMarks } from "./pages/term-marks";

const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const glossaryName = `E2E reader glossary ${suffix}`;
const definition = `Standing structure through which the two governments cooperate (${suffix}).`;

let glossary: { id: string; slug: string };
let conceptId: string;
let articlePath: string;

/** The data layer is server-only: the spec reaches it through a fixture run with tsx (react-server condition). */
function readerGlossaryFixture(...args: string[]): string {
  return execFileSync("npx", ["tsx", "--conditions=react-server", "e2e/fixtures/reader-glossary.ts", ...args], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

test.beforeAll(() => {
  const created = JSON.parse(readerGlossaryFixture("create", glossaryName, definition).trim().split("\n").at(-1)!);
  ({ glossary, conceptId } = created);
  articlePath = `/en/articles/${created.articleSlug}`;
});

test.afterAll(() => {
  readerGlossaryFixture("delete", glossary.id);
});

test("a term is marked, its card opens with the keyboard and Escape gives focus back @smoke", async ({ page }) => {
  const marks = new TermMarks(page);
  await page.goto(`${articlePath}?lang=en&mode=side`);
  await marks.waitForHydration();
  const mark = marks.mark("plateforme institutionnelle");
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveAccessibleName("plateforme institutionnelle, glossary term");
  await expect(page.getByText("From a sentence, press Tab to reach its terms")).toBeVisible();

  // One tab stop for the text: Tab reaches the first sentence, then Tab walks into its terms.
  const first = page.locator('[data-side="original"]').first();
  await marks.tabTo(first);
  await expect(mark).toHaveAttribute("tabindex", "0");
  await marks.tabTo(mark, 6);
  await page.keyboard.press("Enter");

  const popover = marks.popover();
  await expect(popover).toBeVisible();
  await expect(popover).toBeFocused();
  await expect(popover).toHaveAccessibleName("plateforme institutionnelle");
  await expect(mark).toHaveAttribute("aria-expanded", "true");
  await expect(popover.getByRole("heading", { name: "In English" })).toBeVisible();
  await expect(popover.getByRole("listitem").first()).toHaveText(/institutional platform\s*preferred/);
  await expect(popover.getByRole("listitem").nth(1)).toHaveText(/institutional mechanism\s*⚠ deprecated/);
  await expect(popover).toContainText(definition);
  await expect(popover).toContainText(`Glossary: ${glossaryName}`);
  await expect(popover.getByRole("link", { name: "Open the glossary entry" })).toHaveAttribute(
    "href",
    `/en/glossaries/${glossary.slug}/entries/${conceptId}`,
  );
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await expect(mark).toBeFocused();
  await expect(mark).toHaveAttribute("aria-expanded", "false");

  // Space opens it too; Tab past its last control closes it and comes back to the mark.
  await page.keyboard.press(" ");
  await expect(popover).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(popover.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(popover.getByRole("link", { name: "Open the glossary entry" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(popover).toBeHidden();
  await expect(mark).toBeFocused();

  // The sentence navigation still works from a term: the arrow moves on to the next sentence.
  await page.keyboard.press("ArrowDown");
  await expect(page.locator('[data-side="original"]').nth(1)).toBeFocused();
});

test("a Chinese term is marked inside unspaced text and explained in the article's language", async ({ page }) => {
  const marks = new TermMarks(page);
  await page.goto(`${articlePath}?lang=zh&mode=side`);
  await marks.waitForHydration();
  const mark = marks.mark("机制平台", "translation");
  await expect(mark).toHaveText("机制平台");
  // Unspaced: the mark sits between other Han characters of the same sentence.
  const around = await mark.evaluate((el) => [
    el.previousSibling?.textContent?.slice(-1),
    el.nextSibling?.textContent?.slice(0, 1),
  ]);
  expect(around.every((character) => character !== undefined && /\p{Script=Han}/u.test(character))).toBe(true);
  await mark.click();
  const popover = marks.popover();
  await expect(popover.getByRole("heading", { name: "In French" })).toBeVisible();
  await expect(popover).toContainText("plateforme institutionnelle");
  await page.mouse.click(5, 5);
  await expect(popover).toBeHidden();
});

test("marking can be turned off and glossaries left out, and the choice survives a reload", async ({ page }) => {
  const marks = new TermMarks(page);
  await page.goto(`${articlePath}?lang=en&mode=side`);
  await marks.waitForHydration();
  await expect(marks.mark("plateforme institutionnelle")).toHaveCount(1);
  await expect(marks.mark("Kazakhstan").first()).toBeVisible();

  // Leave this spec's glossary out: the starter glossary's terms stay marked.
  await marks.showGlossaryChoices();
  await marks.glossaryChoice(glossaryName).uncheck();
  await expect(marks.mark("plateforme institutionnelle")).toHaveCount(0);
  await expect(marks.mark("Kazakhstan").first()).toBeVisible();
  await page.reload();
  await expect(marks.glossaryChoice(glossaryName)).not.toBeChecked();
  await expect(marks.mark("plateforme institutionnelle")).toHaveCount(0);
  await expect(marks.mark("Kazakhstan").first()).toBeVisible();

  // Off, with the keyboard alone; the glossary choice is kept but cannot be changed meanwhile.
  await marks.waitForHydration();
  await marks.toggle().focus();
  await page.keyboard.press(" ");
  await expect(marks.all()).toHaveCount(0);
  await expect(page.getByText("From a sentence, press Tab to reach its terms")).toHaveCount(0);
  await expect(marks.glossaryChoice(glossaryName)).toBeDisabled();
  await page.reload();
  await expect(marks.toggle()).not.toBeChecked();
  await expect(marks.all()).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Back on: the spec's glossary is still left out until ticked again.
  await marks.waitForHydration();
  await marks.toggle().check();
  await expect(marks.mark("Kazakhstan").first()).toBeVisible();
  await expect(marks.mark("plateforme institutionnelle")).toHaveCount(0);
  await marks.showGlossaryChoices();
  await marks.glossaryChoice(glossaryName).check();
  await expect(marks.mark("plateforme institutionnelle")).toHaveCount(1);
});

test("without JavaScript the glossary form still remembers the choice", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const marks = new TermMarks(page);
  await page.goto(`${articlePath}?lang=en&mode=side`);
  await marks.toggle().uncheck();
  await page.getByRole("form", { name: "Glossary terms" }).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath}\\?lang=en&mode=side$`));
  await expect(marks.all()).toHaveCount(0);
  const cookies = await context.cookies();
  expect(cookies.find((cookie) => cookie.name === "parallel_terms")?.value).toContain("marks");
  await context.close();
});
