// hreflang alternates for a page, one per UI locale, so search engines link the translations.
import type { Metadata } from "next";
import { localeInfo, locales, defaultLocale } from "./locales";

export function localeAlternates(pathWithoutLocale: string): Metadata["alternates"] {
  const path = pathWithoutLocale === "/" ? "" : pathWithoutLocale;
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((locale) => [localeInfo[locale].htmlLang, `/${locale}${path}`]),
  );
  languages["x-default"] = `/${defaultLocale}${path}`;
  return { languages };
}
