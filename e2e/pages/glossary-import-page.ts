import { expect, type Page } from "@playwright/test";

/**
 * A glossary's import page (/en/glossaries/<slug>/import), driven as an editor would: file, mapping, preview, confirm.
 */
export class GlossaryImportPage {
  constructor(readonly page: Page) {}

  async goto(slug: string) {
    await this.page.goto(`/en/glossaries/${slug}/import`);
    await expect(this.page.getByRole("heading", { level: 1, name: /^Import into/ })).toBeVisible();
  }

  async chooseFile(file: string) {
    await this.page.getByLabel("Glossary file").setInputFiles(file);
  }

  /** Asks for the preview and waits until it has the focus, as a keyboard user would find it. */
  async preview() {
    await this.page.getByRole("button", { name: "Preview the import" }).click();
    await expect(this.page.getByRole("heading", { level: 2, name: "Preview" })).toBeFocused();
  }

  counts() {
    return this.page.getByRole("list", { name: "What the import will do" }).getByRole("listitem");
  }

  /** The polite live region that announces each step's outcome. */
  announcement() {
    return this.page.getByRole("status").filter({ hasText: /\S/ });
  }

  confirmButton() {
    return this.page.getByRole("button", { name: "Confirm the import" });
  }

  fieldOf(column: string) {
    return this.page.getByLabel(`What column “${column}” holds`, { exact: true });
  }

  async expectDone(summary: string) {
    await expect(this.page.getByRole("heading", { level: 2, name: "Import complete" })).toBeFocused();
    await expect(this.page.getByRole("region", { name: "Import complete" })).toContainText(summary);
    await expect(this.announcement()).toHaveText(summary);
  }
}
