import { createAccount } from "../fixtures/operator";
import { expect, type Locator, type Page } from "@playwright/test";
import { newCredentials, type Credentials } from "./account-pages";

/** An editor of the run's own, made the way an operator makes one (`npm run user:create -- --role editor`). */
export function createEditor(label = "editor"): Credentials {
  const user = { ...newCredentials(label), name: `Editor ${Math.random().toString(36).slice(2, 8)}` };
  createAccount(user, "editor");
  return user;
}

export type TermValues = { language: string; text: string; status?: string };

/** The glossary list, a glossary's entries page and the entry form, in English, driven like an editor would. */
export class GlossaryPages {
  constructor(readonly page: Page) {}

  async createGlossary({
    name,
    languages,
    subjectFields,
  }: {
    name: string;
    languages: string;
    subjectFields: string[];
  }) {
    await this.page.goto("/en/glossaries");
    const form = this.page.getByRole("region", { name: "New glossary" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Languages").fill(languages);
    await form.getByLabel("Subject fields").fill(subjectFields.join("\n"));
    await form.getByRole("button", { name: "Create glossary" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
    return new URL(this.page.url()).pathname.split("/").pop() ?? "";
  }

  /** On a glossary's page: its header's "Draft" badge. */
  draftBadge() {
    return this.page.getByRole("main").locator("header").getByText("Draft", { exact: true });
  }

  /** On a draft glossary's page: "Publish", then the announcement and no more "Draft" badge. */
  async publish() {
    await this.page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(this.page.getByRole("status").filter({ hasText: /^Published/ })).toHaveText(
      "Published: readers now see this glossary.",
    );
    await expect(this.draftBadge()).toHaveCount(0);
  }

  /** The entry form on the page: the new-entry form, or the inline editor of the entry named `term`. */
  form(term?: string) {
    return this.page.getByRole("form", { name: term ? `Editing “${term}”` : "New entry" });
  }

  termGroup(form: Locator, number: number) {
    return form.getByRole("group", { name: `Term ${number}`, exact: true });
  }

  async fillTerm(form: Locator, number: number, { language, text, status }: TermValues) {
    const group = this.termGroup(form, number);
    await group.getByLabel("Language", { exact: true }).fill(language);
    await group.getByLabel("Term", { exact: true }).fill(text);
    if (status) await group.getByLabel("Status", { exact: true }).selectOption({ label: status });
  }

  /** From the entries page: "New entry", the terms and fields, "Create entry"; back on the list with it announced. */
  async createEntry(
    slug: string,
    { terms, subjectField, definition }: { terms: TermValues[]; subjectField?: string; definition?: string },
  ) {
    await this.page.goto(`/en/glossaries/${slug}/entries/new`);
    const form = this.form();
    for (const [index, term] of terms.entries()) {
      if (index > 0) await form.getByRole("button", { name: "Add a term" }).click();
      await this.fillTerm(form, index + 1, term);
    }
    if (subjectField) await form.getByLabel("Subject field").fill(subjectField);
    if (definition) await form.getByLabel("Definition").fill(definition);
    await form.getByRole("button", { name: "Create entry" }).click();
    await expect(this.status()).toHaveText(`Entry “${terms[0].text}” created.`);
  }

  /** Runs a search through the filter form, as a user would; `undefined` leaves a control as it is. */
  async search(filters: { text?: string; language?: string; status?: string; subjectField?: string }) {
    const form = this.page.getByRole("search", { name: "Search entries" });
    if (filters.text !== undefined) await form.getByLabel("Search terms and definitions").fill(filters.text);
    if (filters.language !== undefined) await form.getByLabel("Language").selectOption({ label: filters.language });
    if (filters.status !== undefined) await form.getByLabel("Status").selectOption({ label: filters.status });
    if (filters.subjectField !== undefined)
      await form.getByLabel("Subject field").selectOption({ label: filters.subjectField });
    await form.getByRole("button", { name: "Search" }).click();
    await this.page.waitForLoadState("load");
  }

  entries() {
    return this.page.getByRole("list", { name: "Entries" }).locator(":scope > li");
  }

  entry(term: string) {
    return this.page.getByRole("article", { name: term, exact: true });
  }

  /** The stored id of an entry, from its link to the entry page. */
  async entryId(term: string) {
    const href = await this.entry(term).getByRole("link", { name: term, exact: true }).getAttribute("href");
    return href?.split("/").pop() ?? "";
  }

  status() {
    return this.page.getByRole("status").filter({ hasText: /^Entry / });
  }
}
