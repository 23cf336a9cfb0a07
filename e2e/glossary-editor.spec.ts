import { expect as baseExpect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { AccountPages, newCredentials, uniqueClientIp, type Credentials } from "./pages/account-pages";
import { createEditor, GlossaryPages } from "./pages/glossary-pages";

// Each test signs in, builds a glossary through the UI and saves several times: on a busy machine that takes a while.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
});

// Two editors for the whole file: making one runs `npm run user:create`, which takes seconds.
let editor: Credentials;
let otherEditor: Credentials;
test.beforeAll(() => {
  [editor, otherEditor] = [createEditor(), createEditor()];
});

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** A signed-in browser of its own, for tests with two people at once. */
async function signedIn(browser: Browser, user: Credentials) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const page = await context.newPage();
  await new AccountPages(page).signInAt("/en/sign-in", user);
  return { glossaries: new GlossaryPages(page), page, close: () => context.close() };
}

/** A glossary with two entries, made through the UI by `editor`. */
async function glossaryWithEntries(glossaries: GlossaryPages) {
  const name = `Central Asia ${unique()}`;
  const slug = await glossaries.createGlossary({
    name,
    languages: "en, fr, zh",
    subjectFields: ["geography", "diplomacy"],
  });
  await glossaries.createEntry(slug, {
    terms: [
      { language: "fr", text: "Asie centrale" },
      { language: "en", text: "Central Asia", status: "Admitted" },
    ],
    subjectField: "geography",
    definition: "The region formed by five republics.",
  });
  return { name, slug };
}

test("an editor creates a glossary and an entry, finds it by search and filters, and edits it inline @smoke", async ({
  page,
}) => {
  await new AccountPages(page).signInAt("/en/sign-in", editor);
  const glossaries = new GlossaryPages(page);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Glossaries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossaries" })).toBeVisible();

  const name = `Central Asia ${unique()}`;
  const slug = await glossaries.createGlossary({
    name,
    languages: "en, FR, zh",
    subjectFields: ["geography", "diplomacy"],
  });
  await expect(page.getByText("Languages: English, French, and Chinese")).toBeVisible();
  await expect(page.getByText("This glossary has no entries yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Entries" })).toHaveAttribute("aria-current", "page");

  await glossaries.createEntry(slug, {
    terms: [
      { language: "fr", text: "Asie centrale" },
      { language: "en", text: "Central Asia", status: "Admitted" },
    ],
    subjectField: "geography",
    definition: "The region formed by five republics.",
  });
  const created = glossaries.entry("Asie centrale");
  await expect(created).toContainText("The region formed by five republics.");
  await expect(created.getByRole("definition").filter({ hasText: "Central Asia" })).toContainText("Admitted");

  // A term candidate's link prefills the new entry's first term.
  await page.goto(`/en/glossaries/${slug}/entries/new?language=fr&text=Ouzb%C3%A9kistan`);
  const form = glossaries.form();
  await expect(glossaries.termGroup(form, 1).getByLabel("Term", { exact: true })).toHaveValue("Ouzbékistan");
  await form.getByRole("button", { name: "Create entry" }).click();
  await expect(glossaries.status()).toHaveText("Entry “Ouzbékistan” created.");
  await expect(glossaries.entries()).toHaveCount(2);

  // Search folds case and accents.
  await glossaries.search({ text: "asie" });
  await expect(glossaries.entries()).toHaveCount(1);
  await expect(glossaries.entry("Asie centrale")).toBeVisible();
  await expect(page.getByText("1 entry matches")).toBeVisible();
  await glossaries.search({ text: "OUZBEKISTAN" });
  await expect(glossaries.entries()).toHaveCount(1);
  await expect(glossaries.entry("Ouzbékistan")).toBeVisible();

  await glossaries.search({ text: "", status: "Admitted" });
  await expect(page).toHaveURL(/status=admitted/);
  await expect(glossaries.entries()).toHaveCount(1);
  await expect(glossaries.entry("Asie centrale")).toBeVisible();
  await glossaries.search({ status: "Any status", language: "Chinese" });
  await expect(page.getByText("No entries match this search.")).toBeVisible();
  await glossaries.search({ language: "English" });
  await expect(glossaries.entries()).toHaveCount(1);
  await expect(glossaries.entry("Asie centrale")).toBeVisible();
  await page.getByRole("link", { name: "Clear search and filters" }).click();
  await expect(glossaries.entries()).toHaveCount(2);

  await page.getByRole("button", { name: "Edit “Asie centrale”" }).click();
  const editor1 = glossaries.form("Asie centrale");
  await expect(page.getByRole("heading", { name: "Editing “Asie centrale”" })).toBeFocused();
  await editor1.getByLabel("Definition").fill("The five republics between the Caspian Sea and China.");
  await glossaries.fillTerm(editor1, 2, { language: "en", text: "Central Asia", status: "Preferred" });
  await editor1.getByRole("button", { name: "Save entry" }).click();
  await expect(glossaries.status()).toHaveText("Entry “Asie centrale” saved.");
  await expect(glossaries.entry("Asie centrale")).toContainText(
    "The five republics between the Caspian Sea and China.",
  );
  await expect(page.getByRole("button", { name: "Edit “Asie centrale”" })).toBeFocused();
  await glossaries.search({ status: "Admitted" });
  await expect(page.getByText("No entries match this search.")).toBeVisible();
});

test("the entry form shows problems by their fields and keeps the values", async ({ page }) => {
  await new AccountPages(page).signInAt("/en/sign-in", editor);
  const glossaries = new GlossaryPages(page);
  const slug = await glossaries.createGlossary({ name: `Checks ${unique()}`, languages: "en", subjectFields: [] });
  await page.goto(`/en/glossaries/${slug}/entries/new`);
  const form = glossaries.form();
  await glossaries.fillTerm(form, 1, { language: "not a tag", text: "" });
  // The notes fold away while empty.
  await expect(glossaries.termGroup(form, 1).getByLabel("Status since")).toBeHidden();
  await glossaries.termGroup(form, 1).getByText("Note, usage example and status note").click();
  await glossaries.termGroup(form, 1).getByLabel("Status since").fill("2019-03-23");
  await form.getByRole("button", { name: "Create entry" }).click();
  const term = glossaries.termGroup(form, 1);
  await expect(term.getByLabel("Language", { exact: true })).toHaveAccessibleDescription(
    "Use a language tag such as en, fr or zh-Hans.",
  );
  await expect(term.getByLabel("Language", { exact: true })).toBeFocused();
  await expect(term.getByLabel("Term", { exact: true })).toHaveAccessibleDescription("Required.");
  await expect(term.getByLabel("Status note")).toHaveAccessibleDescription(/^Required\./);
  await expect(term.getByLabel("Status since")).toHaveValue("2019-03-23");
});

test("two editors save the same entry: the second sees the other change, then reloads or re-applies and saves", async ({
  browser,
}) => {
  const a = await signedIn(browser, editor);
  const { slug } = await glossaryWithEntries(a.glossaries);
  const id = await a.glossaries.entryId("Asie centrale");
  const b = await signedIn(browser, otherEditor);

  // Both open the entry's editor (B through the link an entry page gives: ?edit=<id>).
  await a.page.getByRole("button", { name: "Edit “Asie centrale”" }).click();
  await b.page.goto(`/en/glossaries/${slug}?edit=${id}`);
  const formA = a.glossaries.form("Asie centrale");
  const formB = b.glossaries.form("Asie centrale");
  await formA.getByLabel("Definition").fill("Definition by the first editor.");
  await formA.getByRole("button", { name: "Save entry" }).click();
  await expect(a.glossaries.status()).toHaveText("Entry “Asie centrale” saved.");

  await formB.getByLabel("Note", { exact: true }).fill("Note by the second editor.");
  await formB.getByRole("button", { name: "Save entry" }).click();
  await expect(formB.getByRole("heading", { name: "Someone else saved this entry meanwhile" })).toBeFocused();
  const table = formB.getByRole("table", { name: "Your values and the saved values, where they differ" });
  const definitionRow = table.getByRole("row", { name: /^Definition/ });
  await expect(definitionRow.getByRole("rowheader")).toContainText("changed by the other editor");
  await expect(definitionRow.getByRole("cell")).toHaveText([
    "The region formed by five republics.",
    "Definition by the first editor.",
  ]);
  await expect(table.getByRole("row", { name: /^Note/ }).getByRole("cell")).toHaveText([
    "Note by the second editor.",
    "(empty)",
  ]);

  // Reload: the form takes the saved version; the editor's own note stays listed until closed.
  await formB.getByRole("button", { name: "Load the saved version instead" }).click();
  await expect(formB.getByLabel("Definition")).toHaveValue("Definition by the first editor.");
  await expect(formB.getByLabel("Note", { exact: true })).toHaveValue("");
  await expect(table).toContainText("Note by the second editor.");
  await formB.getByLabel("Note", { exact: true }).fill("Note typed again.");
  await formB.getByRole("button", { name: "Save entry" }).click();
  await expect(b.glossaries.status()).toHaveText("Entry “Asie centrale” saved.");
  await expect(b.glossaries.entry("Asie centrale")).toContainText("Definition by the first editor.");

  // Again, and this time the second editor's changes are re-applied on top of the saved version.
  await a.page.reload();
  await a.page.getByRole("button", { name: "Edit “Asie centrale”" }).click();
  await b.page.getByRole("button", { name: "Edit “Asie centrale”" }).click();
  await a.glossaries.fillTerm(formA, 1, { language: "fr", text: "Asie centrale", status: "Admitted" });
  await formA.getByRole("button", { name: "Save entry" }).click();
  await expect(a.glossaries.status()).toHaveText("Entry “Asie centrale” saved.");
  await formB.getByLabel("Subject field").fill("diplomacy");
  await formB.getByRole("button", { name: "Save entry" }).click();
  await expect(formB.getByRole("heading", { name: "Someone else saved this entry meanwhile" })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Status of “Asie centrale”/ }).getByRole("cell")).toHaveText([
    "Preferred",
    "Admitted",
  ]);
  await formB.getByRole("button", { name: "Apply my changes to the saved version" }).click();
  await expect(formB.getByLabel("Subject field")).toHaveValue("diplomacy");
  await expect(b.glossaries.termGroup(formB, 1).getByLabel("Status", { exact: true })).toHaveValue("admitted");
  await formB.getByRole("button", { name: "Save entry" }).click();
  await expect(b.glossaries.status()).toHaveText("Entry “Asie centrale” saved.");
  const entry = b.glossaries.entry("Asie centrale");
  await expect(entry).toContainText("Subject field: diplomacy");
  await expect(entry.getByRole("definition").filter({ hasText: "Asie centrale" })).toContainText("Admitted");
  await a.close();
  await b.close();
});

test("deleting an entry asks first; Escape keeps it and returns focus; a delete over another save says what changed", async ({
  page,
  browser,
}) => {
  await new AccountPages(page).signInAt("/en/sign-in", editor);
  const glossaries = new GlossaryPages(page);
  const { slug } = await glossaryWithEntries(glossaries);
  await glossaries.createEntry(slug, { terms: [{ language: "fr", text: "Ouzbékistan" }] });

  const deleteButton = page.getByRole("button", { name: "Delete “Ouzbékistan”" });
  await deleteButton.click();
  const dialog = page.getByRole("dialog", { name: "Delete this entry?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("The entry “Ouzbékistan” and its 1 term will be deleted");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Delete entry" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await expect(glossaries.entries()).toHaveCount(2);

  // Meanwhile another editor saves the entry: the delete is refused and says what changed.
  const other = await signedIn(browser, otherEditor);
  await other.page.goto(`/en/glossaries/${slug}?edit=${await glossaries.entryId("Ouzbékistan")}`);
  await other.glossaries.form("Ouzbékistan").getByLabel("Note", { exact: true }).fill("Changed meanwhile");
  await other.glossaries.form("Ouzbékistan").getByRole("button", { name: "Save entry" }).click();
  await expect(other.glossaries.status()).toHaveText("Entry “Ouzbékistan” saved.");
  await other.close();

  await deleteButton.click();
  await dialog.getByRole("button", { name: "Delete entry" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Someone else saved this entry after you opened it.");
  await expect(dialog.getByRole("alert")).toContainText("Note: Changed meanwhile");
  await dialog.getByRole("button", { name: "Delete version 2" }).click();
  await expect(glossaries.status()).toHaveText("Entry “Ouzbékistan” deleted.");
  await expect(glossaries.status()).toBeFocused();
  await expect(glossaries.entries()).toHaveCount(1);
  await expect(glossaries.entry("Ouzbékistan")).toHaveCount(0);
});

test("a reader sees the glossaries and entries but no editing controls, and gets 403 on the new-entry page", async ({
  page,
  browser,
}) => {
  const author = await signedIn(browser, editor);
  const { name, slug } = await glossaryWithEntries(author.glossaries);
  // Readers see a glossary once it is published (a draft is a 404 for them: glossary-lifecycle.spec.ts).
  await author.page.goto(`/en/glossaries/${slug}`);
  await author.glossaries.publish();
  await author.close();

  const account = new AccountPages(page);
  await account.signUp(newCredentials());
  const glossaries = new GlossaryPages(page);
  await page.goto("/en/glossaries");
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("region", { name: "New glossary" })).toHaveCount(0);
  await page.getByRole("link", { name }).click();
  await expect(glossaries.entry("Asie centrale")).toBeVisible();
  await expect(page.getByRole("button", { name: /^(Edit|Delete) / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Publish|Unpublish)$/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New entry" })).toHaveCount(0);
  const tabs = page.getByRole("navigation", { name: "Glossary sections" });
  await expect(tabs.getByRole("link")).toHaveText(["Entries"]);
  await expect(page.getByRole("link", { name: "Export as TBX" })).toHaveAttribute(
    "href",
    `/api/v1/glossaries/${slug}/export?format=tbx`,
  );

  // ?edit= opens nothing for a reader.
  await page.goto(`/en/glossaries/${slug}?edit=${await glossaries.entryId("Asie centrale")}`);
  await expect(page.getByRole("form")).toHaveCount(0);
  const response = await page.goto(`/en/glossaries/${slug}/entries/new`);
  expect(response?.status()).toBe(403);
  expect((await page.goto(`/en/glossaries/no-such-glossary-${unique()}`))?.status()).toBe(404);
});

test("glossary pages have no serious accessibility violations: list, entries, inline editor, conflict view, delete dialog", async ({
  page,
  browser,
}) => {
  await new AccountPages(page).signInAt("/en/sign-in", editor);
  const glossaries = new GlossaryPages(page);
  const { slug } = await glossaryWithEntries(glossaries);
  await page.goto("/en/glossaries");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/en/glossaries/${slug}`);
  await expect(glossaries.entry("Asie centrale")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Edit “Asie centrale”" }).click();
  await expect(glossaries.form("Asie centrale")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const other = await signedIn(browser, otherEditor);
  await other.page.goto(`/en/glossaries/${slug}`);
  await other.page.getByRole("button", { name: "Edit “Asie centrale”" }).click();
  await other.glossaries.form("Asie centrale").getByLabel("Note", { exact: true }).fill("Other note");
  await other.glossaries.form("Asie centrale").getByRole("button", { name: "Save entry" }).click();
  await expect(other.glossaries.status()).toHaveText("Entry “Asie centrale” saved.");
  await other.close();
  await glossaries.form("Asie centrale").getByLabel("Definition").fill("Mine");
  await glossaries.form("Asie centrale").getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByRole("heading", { name: "Someone else saved this entry meanwhile" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/kk/glossaries/${slug}`);
  await page.getByRole("button", { name: "«Asie centrale» жазбасын жою" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
