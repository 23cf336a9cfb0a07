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

/** The pages' titles, "<page> · Parallel": the layout's template (app/[locale]/layout.tsx). */
export const titleTemplate = (siteName: string) => `%s · ${siteName}`;

/**
 * A page title in that form for the layout's own segment (the library at /{locale}), which its template does not
 * reach: Next applies a layout's template to the segments below it only.
 */
export const brandedTitle = (page: string, siteName: string) => titleTemplate(siteName).replace("%s", page);
