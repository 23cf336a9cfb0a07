// The UI languages and what the document needs to know about each (lang tag, direction, own name).
// Article content never depends on these: they only drive the interface.

export const locales = ["en", "fr", "zh", "ru", "kk"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

type LocaleInfo = { htmlLang: string; dir: "ltr" | "rtl"; name: string };

/** `name` is the language's own name, shown in the switcher regardless of the UI language. */
export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { htmlLang: "en", dir: "ltr", name: "English" },
  fr: { htmlLang: "fr", dir: "ltr", name: "Français" },
  zh: { htmlLang: "zh-Hans", dir: "ltr", name: "简体中文" },
  ru: { htmlLang: "ru", dir: "ltr", name: "Русский" },
  kk: { htmlLang: "kk", dir: "ltr", name: "Қазақша" },
};

/** Narrows a route parameter to a locale; the layout has already rejected unknown ones. */
export function toLocale(value: string): Locale {
  return (locales as readonly string[]).includes(value) ? (value as Locale) : defaultLocale;
}
