import { expect, type Page } from "@playwright/test";

/** The profile page (/{locale}/account) in English: preferences and personal API tokens. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  main() {
    return this.page.getByRole("main");
  }

  async goto(locale = "en") {
    await this.page.goto(`/${locale}/account`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async savePreferences({ uiLocale, readingLanguage }: { uiLocale?: string; readingLanguage?: string }) {
    if (uiLocale !== undefined) await this.main().getByLabel("Preferred interface language").selectOption(uiLocale);
    if (readingLanguage !== undefined)
      await this.main().getByLabel("Preferred reading language").selectOption(readingLanguage);
    await this.main().getByRole("button", { name: "Save" }).click();
  }

  /** Creates a token and returns it, read from the one place it is ever shown. */
  async createToken(name: string): Promise<string> {
    await this.main().getByLabel("Token name").fill(name);
    await this.main().getByRole("button", { name: "Create token" }).click();
    const box = this.main().getByLabel("New token");
    await expect(box).toHaveValue(/^prl_[\w-]{43}$/);
    return box.inputValue();
  }

  /** Revoke, then confirm in the dialog that asks first. */
  async revokeToken(name: string) {
    await this.tokenRow(name)
      .getByRole("button", { name: `Revoke the token ${name}` })
      .click();
    const dialog = this.page.getByRole("dialog", { name: `Revoke the token “${name}”?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await dialog.getByRole("button", { name: "Revoke token" }).click();
  }

  tokenRow(name: string) {
    return this.main()
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name, exact: true }) });
  }
}
