import { expect, type Page } from "@playwright/test";

/** The reader's glossary marks, their popover and the glossary settings. */
export class TermMarks {
  constructor(readonly page: Page) {}

  all() {
    return this.page.locator(".term-mark");
  }

  /** A mark by its text, in the original or the translation column. */
  mark(text: string, side: "original" | "translation" = "original") {
    return this.page.locator(`[data-side="${side}"] .term-mark`).filter({ hasText: text });
  }

  popover() {
    return this.page.getByRole("dialog");
  }

  toggle() {
    return this.page.getByRole("checkbox", { name: "Mark glossary terms" });
  }

  /** A glossary's checkbox; it may sit in the folded list (more than three glossaries): see showGlossaryChoices. */
  glossaryChoice(name: string) {
    return this.page
      .getByRole("group", { name: "Glossaries:", includeHidden: true })
      .getByRole("checkbox", { name, includeHidden: true });
  }

  /** Unfolds the glossary list when it is folded behind its summary ("Glossaries: 3 of 5"). */
  async showGlossaryChoices() {
    const folded = this.page.getByRole("form", { name: "Glossary terms" }).locator("details:not([open]) > summary");
    if ((await folded.count()) > 0) await folded.click();
  }

  /** Waits until the client has taken over the server-rendered text (marks answer the keyboard from then on). */
  async waitForHydration() {
    await expect(this.page.getByRole("region", { name: "Article text" })).toBeVisible();
    await this.page.waitForFunction(() => {
      const region = document.querySelector('[role="region"]');
      return Boolean(region && Object.keys(region).some((key) => key.startsWith("__react")));
    });
  }

  /** Tab from the page start until `target` has focus; fails after `limit` presses. */
  async tabTo(target: ReturnType<Page["locator"]>, limit = 40) {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press("Tab");
    }
    await expect(target).toBeFocused();
  }
}
