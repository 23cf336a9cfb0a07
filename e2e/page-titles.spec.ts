// Every page of the app has a <title> of its own, "<page> · Parallel" in the interface's language: the public pages,
// each role's pages, and the 404 and 403 answers (which once had an empty title and the refused page's title). The
// expected titles come from the message catalogues, formatted as the app formats them.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { createAccount } from "./fixtures/operator";
import { SEED_TITLES } from "./fixtures/titles";
import {
  AccountPages,
  adminCredentials,
  newCredentials,
  uniqueClientIp,
  type Credentials,
} from "./pages/account-pages";

type Glossary = { slug: string; name: string; capitalEntryId: string };
/** `isShared`: a title another visit may have too (an error answer, or the library under its second address). */
type Visit = { path: string; title: (t: Translate) => string; status?: number; isShared?: boolean };
type Locale = "en" | "ru";
type Translate = ReturnType<typeof translator>;

const translator = (locale: Locale) =>
  createTranslator({ locale, messages: JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) });

let glossary: Glossary;
let articleSlug: string;
const accounts: Partial<Record<"contributor" | "editor", Credentials>> = {};

test.beforeAll(async ({ request }) => {
  test.setTimeout(60_000);
  // A glossary with an entry ("Astana"), made through the data layer (e2e/fixtures/glossary-proposals.ts).
  const output = execFileSync("npx", ["tsx", "--conditions=react-server", "e2e/fixtures/glossary-proposals.ts"], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  glossary = JSON.parse(output.trim().split("\n").at(-1)!) as Glossary;
  const { items } = await (await request.get("/api/v1/articles")).json();
  articleSlug = items.find((item: { title: string }) => item.title === SEED_TITLES.thinkTank).slug;
  for (const role of ["contributor", "editor"] as const) {
    accounts[role] = { ...newCredentials(role), name: `Titles ${role}` };
    createAccount(accounts[role], role);
  }
});

const publicPages = (): Visit[] => [
  { path: "", title: (t) => t("Metadata.libraryTitle") },
  { path: "/articles", title: (t) => t("Metadata.libraryTitle"), isShared: true },
  { path: `/articles/${articleSlug}`, title: () => SEED_TITLES.thinkTank },
  { path: "/glossaries", title: (t) => t("glossaries.metadata.listTitle") },
  {
    path: `/glossaries/${glossary.slug}`,
    title: (t) => t("glossaries.metadata.entriesTitle", { name: glossary.name }),
  },
  {
    path: `/glossaries/${glossary.slug}/entries/${glossary.capitalEntryId}`,
    title: (t) => t("glossaryEntry.metaTitle", { term: "Astana", glossary: glossary.name }),
  },
  { path: "/sign-in", title: (t) => t("Metadata.signInTitle") },
  { path: "/sign-up", title: (t) => t("Metadata.signUpTitle") },
  { path: "/forgot-password", title: (t) => t("Metadata.forgotPasswordTitle") },
  { path: "/reset-password?error=INVALID_TOKEN", title: (t) => t("Metadata.resetPasswordTitle") },
  // An unknown path, and a known one whose glossary does not exist (its metadata is what says "not found").
  { path: "/no-such-page", title: (t) => t("NotFound.title"), status: 404, isShared: true },
  { path: "/glossaries/no-such-glossary", title: (t) => t("NotFound.title"), status: 404, isShared: true },
];

const contributorPages = (): Visit[] => [
  { path: "/account", title: (t) => t("Metadata.profileTitle") },
  { path: "/account/password", title: (t) => t("Metadata.changePasswordTitle") },
  {
    path: `/glossaries/${glossary.slug}/propose`,
    title: (t) => t("proposals.proposeMetaTitle", { glossary: glossary.name }),
  },
  // An editor's and an admin's page: the 403 answer has its own title, not theirs.
  { path: "/term-candidates", title: (t) => t("Forbidden.title"), status: 403, isShared: true },
  { path: "/admin/users", title: (t) => t("Forbidden.title"), status: 403, isShared: true },
];

const editorPages = (): Visit[] => [
  {
    path: `/glossaries/${glossary.slug}/entries/new`,
    title: (t) => t("glossaries.metadata.newEntryTitle", { name: glossary.name }),
  },
  { path: `/glossaries/${glossary.slug}/import`, title: (t) => t("GlossaryImport.metaTitle") },
  {
    path: `/glossaries/${glossary.slug}/proposals`,
    title: (t) => t("proposals.queueMetaTitle", { glossary: glossary.name }),
  },
  { path: "/term-candidates", title: (t) => t("termCandidates.metaTitle") },
];

const adminPages = (): Visit[] => [
  { path: "/admin/users", title: (t) => t("Metadata.adminUsersTitle") },
  { path: "/admin/audit", title: (t) => t("Metadata.auditLogTitle") },
];

async function signedIn(browser: Browser, credentials: Credentials | null) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  const page = await context.newPage();
  if (credentials) await new AccountPages(page).signInAt("/en/sign-in", credentials);
  return { page, close: () => context.close() };
}

/** Visits each page in the locale and returns the titles seen, after checking each against the catalogue. */
async function checkTitles(page: Page, locale: Locale, visits: Visit[]) {
  const t = translator(locale);
  const brand = ` · ${t("Metadata.siteName")}`;
  const seen: { title: string; isShared: boolean }[] = [];
  for (const visit of visits) {
    const response = await page.goto(`/${locale}${visit.path}`);
    // Soft: one run lists every page whose title is wrong.
    expect.soft(response?.status(), visit.path).toBe(visit.status ?? 200);
    const expected = visit.title(t);
    expect(expected.trim(), visit.path).not.toBe("");
    await expect.soft(page, `${locale}${visit.path}`).toHaveTitle(`${expected}${brand}`);
    seen.push({ title: await page.title(), isShared: visit.isShared ?? false });
  }
  return seen;
}

for (const locale of ["en", "ru"] as const) {
  test(`every page has its own title in ${locale}, the 404 and 403 answers too`, async ({ browser }) => {
    test.setTimeout(120_000);
    const titles: { title: string; isShared: boolean }[] = [];
    const roles = [
      [null, publicPages()],
      [accounts.contributor!, contributorPages()],
      [accounts.editor!, editorPages()],
      [adminCredentials(), adminPages()],
    ] as const;
    for (const [credentials, visits] of roles) {
      const { page, close } = await signedIn(browser, credentials);
      titles.push(...(await checkTitles(page, locale, visits)));
      await close();
    }
    // Page-specific: apart from the error answers and the library's second address, no two pages share a title.
    const own = titles.filter((seen) => !seen.isShared).map((seen) => seen.title);
    expect(own.length).toBeGreaterThan(15);
    expect(new Set(own).size).toBe(own.length);
  });
}
