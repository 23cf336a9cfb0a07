// The UI locale of a request outside next-intl's middleware (the front door's error pages, the account e-mails):
// the locale its path names, else the locale cookie, else the first Accept-Language that is one of ours.
import { defaultLocale, isLocale, LOCALE_COOKIE, locales, type Locale } from "./locales.ts";

type LocaleHints = { pathname?: string; cookie?: string | null; acceptLanguage?: string | null };

function cookieValue(cookie: string, name: string): string | undefined {
  for (const part of cookie.split(";")) {
    const [key, value] = part.trim().split("=");
    if (key === name) return value;
  }
  return undefined;
}

/** `negotiateLocale({ pathname: "/fr/articles/x" })` is "fr"; `{ acceptLanguage: "ru-RU,en;q=0.5" }` gives "ru". */
export function negotiateLocale({ pathname, cookie, acceptLanguage }: LocaleHints): Locale {
  const prefix = pathname?.split("/")[1];
  if (isLocale(prefix)) return prefix;
  const remembered = cookie ? cookieValue(cookie, LOCALE_COOKIE) : undefined;
  if (isLocale(remembered)) return remembered;
  for (const range of acceptLanguage?.split(",") ?? []) {
    const language = range.split(";")[0]?.trim().toLowerCase().split("-")[0];
    const match = locales.find((locale) => locale === language);
    if (match) return match;
  }
  return defaultLocale;
}
