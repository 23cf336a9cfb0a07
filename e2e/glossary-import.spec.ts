import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { createEditor, createGlossary, glossaryFiles } from "./fixtures/glossaries";
import { AccountPages, newCredentials, uniqueClientIp, type Credentials } from "./pages/account-pages";
import { GlossaryImportPage } from "./pages/glossary-import-page";

let editor: Credentials;

test.beforeAll(() => {
  editor = createEditor();
});

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
});

async function openAsEditor(page: Page, slug: string) {
  await new AccountPages(page).signInAt(`/en/sign-in?next=${encodeURIComponent(`/glossaries/${slug}/import`)}`, editor);
  const importPage = new GlossaryImportPage(page);
  await importPage.goto(slug);
  return importPage;
}

/** What the public API says the glossary holds now. */
async function conceptCount(page: Page, id: string) {
  const { items } = await (await page.request.get("/api/v1/glossaries")).json();
  return items.find((item: { id: string }) => item.id === id).conceptCount as number;
}

test("an editor imports a TBX file: preview with counts, confirm, summary, and the entries are there @smoke", async ({
  page,
}) => {
  const glossary = createGlossary("E2E import");
  const importPage = await openAsEditor(page, glossary.slug);
  await importPage.chooseFile(glossaryFiles.starter);
  await expect(page.getByText("Detected from the file: TBX.")).toBeVisible();
  await expect(page.getByLabel("File format")).toHaveValue("tbx");

  await importPage.preview();
  await expect(importPage.counts()).toHaveText([
    "4 entries to add",
    "0 entries to change",
    "0 entries unchanged",
    "0 entries rejected",
  ]);
  await expect(importPage.announcement()).toHaveText(
    "Preview ready: 4 entries to add, 0 to change, 0 unchanged, 0 rejected.",
  );
  const added = page.getByRole("group").filter({ hasText: "4 new entries" });
  await expect(added.getByRole("listitem").filter({ hasText: "think tank" })).toContainText("Line 17");
  await expect(added.getByRole("listitem").filter({ hasText: "Central Asia" })).toContainText(
    "English · French · Chinese",
  );
  await expectNoSeriousA11yViolations(page);
  expect(await conceptCount(page, glossary.id)).toBe(0);

  await importPage.confirmButton().click();
  await importPage.expectDone("4 entries added, 0 changed, 0 unchanged, 0 skipped.");
  await expect(page.getByRole("link", { name: "See the glossary’s entries" })).toHaveAttribute(
    "href",
    `/en/glossaries/${glossary.slug}`,
  );
  expect(await conceptCount(page, glossary.id)).toBe(4);

  // The same file again: every entry is found, unchanged, and there is nothing to confirm.
  await page.getByRole("button", { name: "Import another file" }).click();
  await expect(page.getByLabel("Glossary file")).toBeFocused();
  await importPage.chooseFile(glossaryFiles.starter);
  await importPage.preview();
  await expect(importPage.counts()).toHaveText([
    "0 entries to add",
    "0 entries to change",
    "4 entries unchanged",
    "0 entries rejected",
  ]);
  await expect(page.getByText("There is nothing to import")).toBeVisible();
  await expect(importPage.confirmButton()).toHaveCount(0);
});

test("a malformed XML file shows its error with the line, and offers no confirmation", async ({ page }) => {
  const glossary = createGlossary("E2E malformed");
  const importPage = await openAsEditor(page, glossary.slug);
  await importPage.chooseFile(glossaryFiles.malformed);
  await importPage.preview();
  await expect(page.getByText("This file cannot be imported. Nothing was written.")).toBeVisible();
  const reasons = page.getByRole("heading", { name: "Why the file is refused" }).locator("..");
  await expect(reasons.getByRole("listitem")).toHaveText([
    "Line 12 The XML is malformed: 12:44: unexpected close tag.",
  ]);
  await expect(importPage.announcement()).toHaveText("Preview ready: the file cannot be imported.");
  await expect(importPage.counts()).toHaveCount(0);
  await expect(importPage.confirmButton()).toHaveCount(0);
  expect(await conceptCount(page, glossary.id)).toBe(0);
});

test("a CSV file goes through the header mapping step and imports what the editor mapped", async ({ page }) => {
  const glossary = createGlossary("E2E CSV");
  const importPage = await openAsEditor(page, glossary.slug);
  await importPage.chooseFile(glossaryFiles.csv);
  await expect(page.getByLabel("File format")).toHaveValue("csv");
  await expect(page.getByRole("radio", { name: /One row per term/ })).toBeChecked();
  await expect(importPage.fieldOf("id")).toHaveValue("conceptId");
  await expect(importPage.fieldOf("term")).toHaveValue("term");
  await expect(importPage.fieldOf("Remarks")).toHaveValue("ignore");
  await importPage.fieldOf("Remarks").selectOption({ label: "Term note" });

  // The other layout has its own mapping, with a language for each column of terms; coming back keeps the edit.
  await page.getByRole("radio", { name: /One column per language/ }).check();
  await expect(page.getByLabel("Language of column “term”")).toHaveValue("en");
  await expect(importPage.fieldOf("Remarks")).toHaveValue("ignore");
  await page.getByRole("radio", { name: /One row per term/ }).check();
  await expect(importPage.fieldOf("Remarks")).toHaveValue("termNote");
  await expectNoSeriousA11yViolations(page);

  await importPage.preview();
  await expect(importPage.counts()).toHaveText([
    "2 entries to add",
    "0 entries to change",
    "0 entries unchanged",
    "0 entries rejected",
  ]);
  await importPage.confirmButton().click();
  await importPage.expectDone("2 entries added, 0 changed, 0 unchanged, 0 skipped.");
  const csv = await (
    await page.request.get(`/api/v1/glossaries/${glossary.slug}/export?format=csv&layout=termPerRow`)
  ).text();
  expect(csv).toContain("Shanghai Cooperation Organisation,preferred,,,,Founded in 2001.");
  expect(csv).toContain("上海合作组织");
});

test("an entry the import would reject must be skipped on purpose", async ({ page }) => {
  const glossary = createGlossary("E2E reject", glossaryFiles.starter);
  const importPage = await openAsEditor(page, glossary.slug);
  await importPage.chooseFile(glossaryFiles.withReject);
  await importPage.preview();
  await expect(importPage.counts()).toHaveText([
    "1 entry to add",
    "0 entries to change",
    "0 entries unchanged",
    "1 entry rejected",
  ]);
  const rejected = page.getByRole("group").filter({ hasText: "1 entry rejected" }).getByRole("listitem").first();
  await expect(rejected).toContainText("Central Asia");
  await expect(rejected).toContainText("Line 12");
  await expect(rejected).toContainText("Its terms match 2 different entries of the glossary");

  const skip = page.getByRole("checkbox", { name: "Skip the rejected entry and import the rest" });
  await expect(skip).not.toBeChecked();
  await importPage.confirmButton().click();
  await expect(page.getByText("Tick this box to import without the rejected entries")).toBeVisible();
  await expect(skip).toBeFocused();
  await expect(skip).toHaveAttribute("aria-invalid", "true");
  expect(await conceptCount(page, glossary.id)).toBe(4);

  await page.keyboard.press("Space");
  await expect(skip).toBeChecked();
  await importPage.confirmButton().click();
  await importPage.expectDone("1 entry added, 0 changed, 0 unchanged, 1 skipped.");
  expect(await conceptCount(page, glossary.id)).toBe(5);
});

test("the export link downloads TBX with the imported terms", async ({ page }) => {
  const glossary = createGlossary("E2E export", glossaryFiles.starter);
  await openAsEditor(page, glossary.slug);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "TBX-Basic" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${glossary.slug}.tbx`);
  const tbx = readFileSync(await download.path(), "utf8");
  expect(tbx).toContain('<tbx type="TBX-Basic" style="dca"');
  expect(tbx).toContain("<term>groupe de réflexion</term>");
  expect(tbx).toContain("<term>think tank</term>");
});

test("a reader gets 403 on the import page", async ({ page }) => {
  const glossary = createGlossary("E2E forbidden");
  await new AccountPages(page).signUp(newCredentials("glossary-reader"));
  const response = await page.goto(`/en/glossaries/${glossary.slug}/import`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(page.getByLabel("Glossary file")).toHaveCount(0);
});
