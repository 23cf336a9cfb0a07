import { expect, type Page } from "@playwright/test";

export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto(locale = "en", query = "") {
    await this.page.goto(`/${locale}/articles${query}`);
    await expect(this.page.locator("h1")).toBeVisible();
  }

  articles() {
    return this.page.getByRole("list", { name: "Library" }).locator(":scope > li");
  }

  async openArticle(title: string) {
    await this.page.getByRole("link", { name: title }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
}
