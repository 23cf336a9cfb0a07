import { expect, type Page } from "@playwright/test";

/** The admins' users page (/en/admin/users): search, and each account's row with its two forms. */
export class AdminUsersPage {
  constructor(readonly page: Page) {}

  async search(text: string) {
    await this.page.getByLabel("Search by name or e-mail address").fill(text);
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(this.page).toHaveURL(/[?&]q=/);
  }

  row(email: string) {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("cell", { name: email, exact: true }) });
  }

  async changeRole(user: { name: string; email: string }, role: string) {
    const row = this.row(user.email);
    await row.getByLabel(`Role of ${user.name}`, { exact: true }).selectOption(role);
    await row.getByRole("button", { name: `Change role of ${user.name}` }).click();
    await this.page
      .getByRole("dialog", { name: `Change the role of ${user.name}?` })
      .getByRole("button", { name: "Change role" })
      .click();
    await expect(row.getByRole("status")).toHaveText("Role changed.");
  }
}
