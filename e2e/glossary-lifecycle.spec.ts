// A glossary from draft to deletion, as an editor and an anonymous reader see it side by side: a new glossary is a
// draft (badged for the editor; not in the reader's glossary list, toolbar or API, its page a 404); published, the
// reader has it; deleted after its name is typed, it is gone for both.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { SEED_TITLES } from "./fixtures/titles";
import { AccountPages, uniqueClientIp, type Credentials } from "./pages/account-pages";
import { createEditor, GlossaryPages } from "./pages/glossary-pages";
import { TermMarks } from "./pages/term-marks";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

let editor: Credentials;
test.beforeAll(() => {
  editor = createEditor("lifecycle-editor");
});

async function newPage(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  return { page: await context.newPage(), close: () => context.close() };
}

/** What an anonymous reader can see of the glossary: the list, its page, the API, the article's glossary toolbar. */
async function readerSees(page: Page, glossary: { name: string; slug: string }, articlePath: string) {
  await page.goto("/en/glossaries");
  const listed = await page.getByRole("link", { name: glossary.name, exact: true }).count();
  const pageStatus = (await page.goto(`/en/glossaries/${glossary.slug}`))?.status();
  const api = await (await page.request.get("/api/v1/glossaries")).json();
  const inApi = api.items.some((item: { slug: string }) => item.slug === glossary.slug);
  await page.goto(articlePath);
  const marks = new TermMarks(page);
  await marks.waitForHydration();
  const inToolbar = await marks.glossaryChoice(glossary.name).count();
  return { listed: listed > 0, pageStatus, inApi, inToolbar: inToolbar > 0 };
}

test("an editor creates a draft glossary, publishes it for readers, then deletes it after typing its name", async ({
  browser,
}) => {
  const editing = await newPage(browser);
  const reading = await newPage(browser);
  const articles = await (await reading.page.request.get("/api/v1/articles?language=fr")).json();
  const seminar = articles.items.find((item: { title: string }) => item.title === SEED_TITLES.seminar);
  const articlePath = `/en/articles/${seminar.slug}`;

  await new AccountPages(editing.page).signInAt("/en/sign-in", editor);
  const glossaries = new GlossaryPages(editing.page);
  const name = `Lifecycle ${Date.now().toString(36)}`;
  const slug = await glossaries.createGlossary({ name, languages: "fr, en", subjectFields: [] });
  const glossary = { name, slug };

  // A draft: badged for the editor, in their list too; nowhere for the reader.
  await expect(glossaries.draftBadge()).toBeVisible();
  await expectNoSeriousA11yViolations(editing.page);
  await editing.page.goto("/en/glossaries");
  const card = editing.page.getByRole("article", { name });
  await expect(card.getByText("Draft", { exact: true })).toBeVisible();
  expect(await readerSees(reading.page, glossary, articlePath)).toEqual({
    listed: false,
    pageStatus: 404,
    inApi: false,
    inToolbar: false,
  });

  // Published: the reader has it at the next page.
  await card.getByRole("link", { name }).click();
  await glossaries.publish();
  expect(await readerSees(reading.page, glossary, articlePath)).toEqual({
    listed: true,
    pageStatus: 200,
    inApi: true,
    inToolbar: true,
  });
  await expect(new TermMarks(reading.page).glossaryChoice(name)).toBeChecked();

  // Deleted, once the name is typed; Cancel and a wrong name change nothing.
  const deleteButton = editing.page.getByRole("button", { name: "Delete glossary" });
  await deleteButton.click();
  const dialog = editing.page.getByRole("dialog", { name: "Delete this glossary?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("This cannot be undone.");
  const typed = dialog.getByLabel(`Type the glossary’s name, “${name}”, to confirm`);
  await expect(typed).toBeFocused();
  const confirm = dialog.getByRole("button", { name: "Delete glossary" });
  await expect(confirm).toBeDisabled();
  await expectNoSeriousA11yViolations(editing.page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await deleteButton.click();
  await expect(typed).toHaveValue("");
  await typed.fill(name.toUpperCase());
  await expect(confirm).toBeDisabled();
  await typed.press("Enter");
  await expect(dialog).toBeVisible();
  await typed.fill(name);
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(editing.page).toHaveURL(/\/en\/glossaries$/);
  await expect(editing.page.getByRole("link", { name, exact: true })).toHaveCount(0);
  await editing.page.goto(`/en/glossaries/${slug}`);
  await expect(editing.page.getByRole("heading", { level: 1 })).not.toHaveText(name);

  expect(await readerSees(reading.page, glossary, articlePath)).toEqual({
    listed: false,
    pageStatus: 404,
    inApi: false,
    inToolbar: false,
  });
  await editing.close();
  await reading.close();
});
