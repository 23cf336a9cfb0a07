import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SEED_TITLES } from "./fixtures/titles";

const htmlLang = { en: "en", fr: "fr", zh: "zh-Hans", ru: "ru", kk: "kk" } as const;
const ownName = { en: "English", fr: "Français", zh: "简体中文", ru: "Русский", kk: "Қазақша" } as const;
type Locale = keyof typeof htmlLang;

function messages(locale: Locale) {
  return JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
}

test("the interface switches to each of the five locales, article content untouched @smoke", async ({ page }) => {
  await page.goto("/en/articles");
  for (const locale of ["fr", "zh", "ru", "kk", "en"] as Locale[]) {
    const m = messages(locale);
    // The header holds the switcher twice, in the bar and in the (closed) phone menu: the visible one.
    await page
      .getByLabel(messages(await currentLocale()).LocaleSwitcher.label)
      .filter({ visible: true })
      .selectOption({ label: ownName[locale] });
    await expect(page).toHaveURL(new RegExp(`/${locale}/articles`));
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang[locale]);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.Library.heading);
    // Titles stay in the article's language whatever the interface language.
    await expect(page.getByRole("link", { name: SEED_TITLES.kazakhstan })).toBeVisible();
  }

  async function currentLocale(): Promise<Locale> {
    return page.url().match(/127\.0\.0\.1:\d+\/(\w+)/)![1] as Locale;
  }
});

test("pages declare hreflang alternates and localized dates", async ({ page }) => {
  await page.goto("/ru/articles");
  for (const lang of Object.values(htmlLang)) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
  }
  await expect(page.locator("time").first()).toContainText(/г\./);
  await page.goto("/zh/articles");
  await expect(page.locator("time").first()).toContainText(/年/);
});
