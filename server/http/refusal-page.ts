// The page a browser sees when the front door refuses a request before Next runs: in the visitor's language
// (the path's locale, the locale cookie or Accept-Language), from the same catalogues as the app's pages.
import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json" with { type: "json" };
import fr from "../../messages/fr.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import zh from "../../messages/zh.json" with { type: "json" };
import { localeInfo, type Locale } from "../../i18n/locales.ts";
import type { ErrorCode } from "../errors.ts";

const catalogues: Record<Locale, typeof en> = { en, fr, kk, ru, zh };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A complete HTML document: the status, what went wrong in words, and a way back to the library. */
export function refusalPage(locale: Locale, status: number, code: ErrorCode): string {
  const messages = catalogues[locale];
  const refused = createTranslator({ locale, messages, namespace: "RefusedRequest" });
  const notFound = createTranslator({ locale, messages, namespace: "NotFound" });
  const title = escapeHtml(refused("title"));
  const body = escapeHtml(refused("body", { code }));
  return [
    `<!doctype html><html lang="${localeInfo[locale].htmlLang}" dir="${localeInfo[locale].dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${status} · ${title}</title></head>`,
    `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1c1917">`,
    `<h1>${title}</h1><p>${body}</p><p><a href="/${locale}" style="color:#1d4ed8">${escapeHtml(notFound("back"))}</a></p>`,
    `</body></html>`,
  ].join("");
}
