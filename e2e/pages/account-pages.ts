import { expect, type Page } from "@playwright/test";

export type Credentials = { name: string; email: string; password: string };

let counter = 0;

/** A fresh account for one test: its own address, so reruns never meet an existing one. */
export function newCredentials(label = "e2e"): Credentials {
  const id = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `Reader ${id}`, email: `${label}-${id}@example.org`, password: `passphrase ${id}` };
}

/** A client address of the test's own, so that tests never share a per-IP rate-limit bucket. */
export function uniqueClientIp(): string {
  const n = Math.floor(Math.random() * 65_536);
  return `198.18.${n >> 8}.${n & 255}`;
}

/** The admin e2e/global-setup.ts created for this run. */
export function adminCredentials(): Credentials {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password)
    throw new Error("E2E_ADMIN_EMAIL is not set: run through playwright.config.ts (globalSetup)");
  return { name: "", email, password };
}

/** Sign-up, sign-in and change-password pages in English, driven like a user would. */
export class AccountPages {
  constructor(readonly page: Page) {}

  header() {
    return this.page.getByRole("banner");
  }

  /** The signed-in account menu's button in the header (desktop viewport). */
  accountMenuButton() {
    return this.header().getByRole("button", { name: /^Account menu of / });
  }

  /** Opens the account menu and gives its links and buttons (role pages, profile, sign-out). */
  async accountMenu() {
    const button = this.accountMenuButton();
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    return this.page.getByRole("navigation", { name: "Account" });
  }

  async signUp({ name, email, password }: Credentials) {
    await this.page.goto("/en/sign-up");
    await this.page.getByLabel("Display name").fill(name);
    await this.page.getByLabel("E-mail address").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Create account" }).click();
    await this.expectSignedIn(name);
  }

  /** Signs in from the sign-in page and waits until the header shows the account. */
  async signInAt(path: string, { email, password }: Credentials) {
    await this.page.goto(path);
    await this.signIn(email, password);
    await expect(this.page).not.toHaveURL(/\/sign-in(?:\?|$)/);
    // On a phone the account sits in the closed header menu; from md up its button is in the bar.
    if ((this.page.viewportSize()?.width ?? 1280) >= 768) await expect(this.accountMenuButton()).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("E-mail address").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async signOut() {
    await (await this.accountMenu()).getByRole("button", { name: "Sign out" }).click();
    await expect(this.header().getByRole("link", { name: "Sign in" })).toBeVisible();
  }

  async expectSignedIn(name: string) {
    await expect(this.header().getByRole("button", { name: `Account menu of ${name}` })).toBeVisible();
  }

  alert() {
    return this.page.getByRole("alert").filter({ hasText: /\S/ });
  }
}
