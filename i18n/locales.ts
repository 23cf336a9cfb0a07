// The UI languages and what the document needs to know about each (lang tag, direction, own name).
// Article content never depends on these: they only drive the interface.

export const locales = ["en", "fr", "zh", "ru", "kk"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
/** next-intl's locale cookie (its default name): the locale `/` sends a returning visitor to. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

type LocaleInfo = { htmlLang: string; dir: "ltr" | "rtl"; name: string };

/** `name` is the language's own name, shown in the switcher regardless of the UI language. */
export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { htmlLang: "en", dir: "ltr", name: "English" },
  fr: { htmlLang: "fr", dir: "ltr", name: "Français" },
  zh: { htmlLang: "zh-Hans", dir: "ltr", name: "简体中文" },
  ru: { htmlLang: "ru", dir: "ltr", name: "Русский" },
  kk: { htmlLang: "kk", dir: "ltr", name: "Қазақша" },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Narrows a route parameter to a locale; the layout has already rejected unknown ones. */
export function toLocale(value: string): Locale {
  return isLocale(value) ? value : defaultLocale;
}
