// Proposals, entry pages, occurrences and term candidates: a contributor proposes a translation and a new term, an
// editor accepts one (edited) and declines the other, the entry shows the accepted term and its history; readers
// cannot reach the editors' pages. The glossary comes from e2e/fixtures/glossary-proposals.ts (the data layer).
import { execFileSync } from "node:child_process";
import { createAccount } from "./fixtures/operator";
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { SEED_TITLES } from "./fixtures/titles";
import { AccountPages, newCredentials, uniqueClientIp, type Credentials } from "./pages/account-pages";
import { EntryPage, ProposalQueuePage } from "./pages/glossary-review-pages";

type Fixture = { id: string; slug: string; name: string; capitalEntryId: string; corridorEntryId: string };

let fixture: Fixture;
let contributor: Credentials;
let editor: Credentials;

/** An account of the given role, made the way an operator makes one (`npm run user:create`). */
function createUser(role: "contributor" | "editor"): Credentials {
  const credentials = {
    ...newCredentials(role),
    name: `${role === "editor" ? "Editor" : "Contributor"} ${Date.now().toString(36)}`,
  };
  createAccount(credentials, role);
  return credentials;
}

async function signIn(browser: Browser, credentials: Credentials, path = "/en/sign-in") {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const account = new AccountPages(await context.newPage());
  await account.signInAt(path, credentials);
  return { page: account.page, close: () => context.close() };
}

const entryPath = (conceptId: string) => `/en/glossaries/${fixture.slug}/entries/${conceptId}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const output = execFileSync("npx", ["tsx", "--conditions=react-server", "e2e/fixtures/glossary-proposals.ts"], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  fixture = JSON.parse(output.trim().split("\n").at(-1)!) as Fixture;
  contributor = createUser("contributor");
  editor = createUser("editor");
});

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
});

const translation = "Транскаспий дәлізі";
const accepted = "Транскаспий халықаралық көлік бағыты";
const newTerm = () => `Khorgos dry port ${fixture.id}`;

test("a contributor proposes a translation on an entry page and a new term on the propose page", async ({
  browser,
}) => {
  const { page, close } = await signIn(browser, contributor);
  await page.goto(entryPath(fixture.corridorEntryId));
  const entry = new EntryPage(page);
  await expect(page.getByRole("heading", { level: 1, name: `Trans-Caspian corridor ${fixture.id}` })).toBeVisible();
  // A superseded term shows its dated status note.
  const superseded = entry
    .section("Terms")
    .getByRole("listitem")
    .filter({ hasText: `corridor transcaspien ${fixture.id}` });
  await expect(superseded).toContainText("Superseded");
  await expect(superseded.getByRole("definition")).toHaveText("Since March 23, 2019: Renamed in official texts");
  await expect(page.getByRole("link", { name: "Edit entry" })).toHaveCount(0);
  await entry.proposeTranslation({ language: "Kazakh", text: translation, partOfSpeech: "Noun" });
  await expect(
    entry.section("Propose a translation").getByRole("listitem").filter({ hasText: translation }),
  ).toContainText("(Kazakh, Noun)");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/en/glossaries/${fixture.slug}/propose`);
  await expect(page.getByRole("heading", { level: 1, name: "Propose a new term" })).toBeVisible();
  await page.getByLabel("Language", { exact: true }).selectOption({ label: "English" });
  await page.getByLabel("Term", { exact: true }).fill(newTerm());
  await page.getByLabel("Definition (optional)").fill("Inland container terminal on the China–Kazakhstan border.");
  await page.getByRole("button", { name: "Send proposal" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Thank you. Your proposal is waiting for an editor’s review.",
  );
  await expect(
    page.getByRole("heading", { name: "Your proposals in this glossary, waiting for review" }),
  ).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: newTerm() })).toContainText(
    "Inland container terminal",
  );
  await expectNoSeriousA11yViolations(page);
  await close();
});

test("an editor accepts one proposal with an edited text, declines the other, and is told when another review came first", async ({
  browser,
}) => {
  const { page, close } = await signIn(browser, editor);
  const queue = new ProposalQueuePage(page);
  await page.goto(`/en/glossaries/${fixture.slug}/proposals`);
  await expect(page.getByRole("heading", { level: 1, name: "Proposals to review" })).toBeVisible();
  await expect(page.getByText("2 proposals are waiting, oldest first.")).toBeVisible();
  await expect(queue.card(translation)).toContainText(`Translation for the entry Trans-Caspian corridor ${fixture.id}`);
  await expect(queue.card(translation)).toContainText(`Kazakh · proposed by ${contributor.name}`);
  await expect(queue.card(newTerm())).toContainText("New entry");
  await expectNoSeriousA11yViolations(page);

  // A second tab still shows the translation as waiting after the first tab accepted it.
  const other = await page.context().newPage();
  await other.goto(`/en/glossaries/${fixture.slug}/proposals`);
  await expect(new ProposalQueuePage(other).card(translation)).toBeVisible();

  await queue.accept(translation, { as: accepted, status: "Preferred" });
  await expect(queue.notice()).toHaveText(`Accepted “${accepted}”: the term is now in the glossary.`);
  await expect(queue.notice()).toBeFocused();
  await expect(queue.card(translation)).toHaveCount(0);
  await queue.decline(newTerm(), "Already covered by another entry.");
  await expect(queue.notice()).toHaveText(`Declined “${newTerm()}”.`);
  await expect(page.getByText("No proposal is waiting.")).toBeVisible();

  await new ProposalQueuePage(other).decline(translation, "Too late");
  await expect(other.getByRole("main").getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Another editor reviewed this proposal first, or its entry changed meanwhile. The list now shows the current state: check it and decide again if needed.",
  );
  await expect(new ProposalQueuePage(other).card(translation)).toHaveCount(0);

  await page.getByRole("link", { name: "Accepted" }).click();
  await expect(page).toHaveURL(/\?status=accepted$/);
  await expect(queue.card(translation)).toContainText("Accepted on");
  await page.getByRole("link", { name: "Declined" }).click();
  await expect(queue.card(newTerm())).toContainText("Review note: Already covered by another entry.");
  await expectNoSeriousA11yViolations(page);
  await close();
});

test("the entry shows the accepted term and a history row for the accepted proposal", async ({ browser }) => {
  const { page, close } = await signIn(browser, editor);
  await page.goto(entryPath(fixture.corridorEntryId));
  const entry = new EntryPage(page);
  await expect(entry.section("Terms").getByRole("listitem").filter({ hasText: accepted })).toContainText("Preferred");
  await expect(entry.section("Terms").getByRole("listitem").filter({ hasText: translation })).toHaveCount(0);
  const latest = entry.historyVersions().first();
  await expect(latest).toContainText(`Proposal accepted by ${editor.name}`);
  await expect(latest).toContainText("Version 2");
  await expect(latest.getByRole("listitem")).toHaveText([`Term added: “${accepted}” (Kazakh)`]);
  await expect(entry.historyVersions().last()).toContainText(
    "Entry created by the system (command line or seed import)",
  );
  await expect(page.getByRole("link", { name: "Edit entry" })).toHaveAttribute(
    "href",
    `/en/glossaries/${fixture.slug}?edit=${fixture.corridorEntryId}`,
  );
  await expectNoSeriousA11yViolations(page);
  await close();
});

test("occurrences count an entry's terms in the seed articles and link to each article", async ({ page }) => {
  await page.goto(entryPath(fixture.capitalEntryId));
  const occurrences = new EntryPage(page).section("Occurrences in the articles");
  await expect(occurrences.getByText("6 occurrences in 3 articles", { exact: true })).toBeVisible();
  await expect(
    occurrences.getByRole("row").filter({ hasText: SEED_TITLES.seminar }).getByRole("cell").last(),
  ).toHaveText("2");
  const row = occurrences.getByRole("row").filter({ hasText: SEED_TITLES.kazakhstan });
  await expect(row.getByRole("cell").last()).toHaveText("1");
  await expect(new EntryPage(page).section("Propose a translation")).toContainText(
    "Sign in as a contributor to propose a translation.",
  );
  await expectNoSeriousA11yViolations(page);
  await row.getByRole("link", { name: SEED_TITLES.kazakhstan }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEED_TITLES.kazakhstan })).toBeVisible();
});

test("term candidates are listed, and starting an entry opens the new-entry form of the chosen glossary, prefilled", async ({
  browser,
}) => {
  const { page, close } = await signIn(browser, editor);
  await page.goto("/en/term-candidates");
  await expect(page.getByRole("heading", { level: 1, name: "Term candidates" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(/^\d+ candidates?$/);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Start entries in").selectOption({ label: fixture.name });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`glossary=${fixture.slug}`));
  const first = page.getByRole("main").getByRole("article").first();
  await expect(first).toContainText(/(?<!\d)\d+ occurrences? in \d+ articles?/);
  const phrase = (await first.getByRole("heading").locator("span[lang]").textContent()) ?? "";
  const language = (await first.getByRole("heading").locator("span[lang]").getAttribute("lang")) ?? "";
  expect(phrase).not.toBe("");
  await first.getByRole("link", { name: `Start an entry for “${phrase}” in ${fixture.name}` }).click();
  await expect(page).toHaveURL((url) => {
    return (
      url.pathname === `/en/glossaries/${fixture.slug}/entries/new` &&
      url.searchParams.get("language") === language &&
      url.searchParams.get("text") === phrase
    );
  });
  await close();
});

test("readers and visitors cannot reach the editors' pages", async ({ page }) => {
  await page.goto(`/en/glossaries/${fixture.slug}/proposals`);
  await expect(page).toHaveURL(
    new RegExp(`/en/sign-in\\?next=${encodeURIComponent(`/glossaries/${fixture.slug}/proposals`)}$`),
  );
  await page.goto(`/en/glossaries/${fixture.slug}/propose`);
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);

  await new AccountPages(page).signUp(newCredentials("reader"));
  for (const path of [
    `/en/glossaries/${fixture.slug}/proposals`,
    `/en/glossaries/${fixture.slug}/propose`,
    "/en/term-candidates",
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  }
  // The entry page stays readable, without the contributor's form.
  await page.goto(entryPath(fixture.corridorEntryId));
  await expect(new EntryPage(page).section("Propose a translation")).toContainText(
    "Contributors can propose translations for this entry.",
  );
});
