import { expect, type Page } from "@playwright/test";

/** An entry page (/en/glossaries/…/entries/…): its sections and the contributor's "propose a translation" form. */
export class EntryPage {
  constructor(readonly page: Page) {}

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  historyVersions() {
    return this.section("History")
      .getByRole("listitem")
      .filter({ has: this.page.getByText(/^Version \d+/) });
  }

  async proposeTranslation({
    language,
    text,
    partOfSpeech,
  }: {
    language: string;
    text: string;
    partOfSpeech?: string;
  }) {
    const form = this.section("Propose a translation");
    await form.getByLabel("Language", { exact: true }).selectOption({ label: language });
    await form.getByLabel("Term", { exact: true }).fill(text);
    if (partOfSpeech) await form.getByLabel("Part of speech (optional)").selectOption({ label: partOfSpeech });
    await form.getByRole("button", { name: "Send proposal" }).click();
    await expect(form.getByRole("status")).toHaveText("Thank you. Your proposal is waiting for an editor’s review.");
  }
}

/** The editors' proposal queue (/en/glossaries/…/proposals): one article per waiting proposal, with its two forms. */
export class ProposalQueuePage {
  constructor(readonly page: Page) {}

  card(text: string) {
    return this.page.getByRole("article", { name: text, exact: true });
  }

  notice() {
    return this.page
      .getByRole("main")
      .getByRole("status")
      .or(this.page.getByRole("main").getByRole("alert"))
      .filter({ hasText: /\S/ });
  }

  async accept(text: string, { as, status }: { as: string; status: string }) {
    const card = this.card(text);
    await card.getByLabel("Term to add").fill(as);
    await card.getByLabel("Status", { exact: true }).selectOption({ label: status });
    await card.getByRole("button", { name: `Accept “${text}” with this text and status` }).click();
  }

  async decline(text: string, reason: string) {
    const card = this.card(text);
    await card.getByLabel("Reason (optional)").fill(reason);
    await card.getByRole("button", { name: `Decline “${text}”` }).click();
  }
}
