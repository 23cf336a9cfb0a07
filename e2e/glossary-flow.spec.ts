// The glossary from end to end, as the issue tells it: an editor imports a TBX file, sees the preview, confirms,
// finds a term in the entries, edits it; a reader then sees the term marked in an article and opens its card with
// the keyboard, showing the edited definition.
import path from "node:path";
import { expect as baseExpect, test } from "@playwright/test";
import { SEED_TITLES } from "./fixtures/titles";
import { AccountPages, uniqueClientIp, type Credentials } from "./pages/account-pages";
import { createEditor, GlossaryPages } from "./pages/glossary-pages";
import { GlossaryImportPage } from "./pages/glossary-import-page";
import { TermMarks } from "./pages/term-marks";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
const flowFile = path.join(path.dirname(new URL(import.meta.url).pathname), "fixtures/glossary-flow.tbx");

let editor: Credentials;
test.beforeAll(() => {
  editor = createEditor("flow-editor");
});

test("an editor imports, finds and edits a term; a reader sees it marked and opens its card with the keyboard @smoke", async ({
  browser,
}) => {
  const editing = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const page = await editing.newPage();
  await new AccountPages(page).signInAt("/en/sign-in", editor);
  const glossaries = new GlossaryPages(page);
  const name = `Conference vocabulary ${Date.now().toString(36)}`;
  const slug = await glossaries.createGlossary({ name, languages: "fr, en, zh", subjectFields: ["events"] });
  // A new glossary is a draft: readers see it once it is published.
  await glossaries.publish();

  const importPage = new GlossaryImportPage(page);
  await importPage.goto(slug);
  await importPage.chooseFile(flowFile);
  await importPage.preview();
  await expect(importPage.counts()).toHaveText([
    "2 entries to add",
    "0 entries to change",
    "0 entries unchanged",
    "0 entries rejected",
  ]);
  await importPage.confirmButton().click();
  await importPage.expectDone("2 entries added, 0 changed, 0 unchanged, 0 skipped.");

  await page.goto(`/en/glossaries/${slug}`);
  await glossaries.search({ text: "SOUS-FORUM" });
  await expect(glossaries.entries()).toHaveCount(1);
  await page.getByRole("button", { name: "Edit “sous-forum”" }).click();
  const form = glossaries.form("sous-forum");
  const definition = "A parallel session of a forum, devoted to one theme (edited).";
  await form.getByLabel("Definition").fill(definition);
  await form.getByRole("button", { name: "Save entry" }).click();
  await expect(glossaries.status()).toHaveText("Entry “sous-forum” saved.");
  await expect(glossaries.entry("sous-forum")).toContainText(definition);
  await editing.close();

  // A reader, not signed in, opens the seminar article; the plural "sous-forums" is marked.
  const reading = await browser.newContext();
  const reader = await reading.newPage();
  const article = await (await reader.request.get("/api/v1/articles?language=fr")).json();
  const seminar = article.items.find((item: { title: string }) => item.title === SEED_TITLES.seminar);
  await reader.goto(`/en/articles/${seminar.slug}`);
  const marks = new TermMarks(reader);
  await marks.waitForHydration();
  const mark = marks.mark("sous-forums").first();
  await expect(mark).toBeVisible();
  const sentence = reader
    .locator('[data-side="original"]')
    .filter({ has: reader.locator(".term-mark", { hasText: "sous-forums" }) })
    .first();
  await marks.tabTo(reader.locator('[data-side="original"]').first());
  // Down to the sentence holding the mark, then Tab into its terms.
  for (let i = 0; i < 40 && !(await sentence.evaluate((el) => el === document.activeElement)); i++)
    await reader.keyboard.press("ArrowDown");
  await expect(sentence).toBeFocused();
  await marks.tabTo(mark, 10);
  await reader.keyboard.press("Enter");
  const card = marks.popover();
  await expect(card).toBeFocused();
  await expect(card).toContainText("sub-forum");
  await expect(card).toContainText(definition);
  await expect(card).toContainText(`Glossary: ${name}`);
  await reader.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect(mark).toBeFocused();
  await reading.close();
});
