import { expect, type Page } from "@playwright/test";

export class ReaderPage {
  constructor(readonly page: Page) {}

  originals() {
    return this.page.locator('[data-side="original"]');
  }

  translations() {
    return this.page.locator('[data-side="translation"]');
  }

  languagePicker() {
    return this.page.locator("#reader-language");
  }

  async chooseLanguage(code: string) {
    await this.languagePicker().selectOption(code);
    await expect(this.page).toHaveURL(new RegExp(`[?&]lang=${code}`));
  }

  async chooseMode(label: string, value: string) {
    await this.page.getByText(label, { exact: true }).click();
    await expect(this.page).toHaveURL(new RegExp(`[?&]mode=${value}`));
  }

  counterpartOf(segmentId: string) {
    return this.page.locator(`[data-side="translation"][data-segment-id="${segmentId}"]`);
  }
}
