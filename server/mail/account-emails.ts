// The account e-mails, in the language the person was using when they asked (their locale cookie, else their
// browser's languages), from the same catalogues as the pages.
import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "../../i18n/locales.ts";
import { negotiateLocale } from "../../i18n/negotiate-locale.ts";
import type { Email } from "./mailer.ts";

/** The UI locale a request speaks: the locale cookie, else the first Accept-Language that is one of ours. */
export function requestLocale(request: Request | undefined): Locale {
  return negotiateLocale({
    cookie: request?.headers.get("cookie"),
    acceptLanguage: request?.headers.get("accept-language"),
  });
}

async function translator(locale: Locale) {
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return createTranslator({ locale, messages, namespace: "AccountEmail" });
}

/** The link that confirms a new account's address. */
export async function verificationEmail(to: string, url: string, locale: Locale): Promise<Email> {
  const t = await translator(locale);
  return { to, subject: t("verifySubject"), text: t("verifyBody", { url }) };
}

/** Sent instead of a second account, so that sign-up answers the same whether or not the address is taken. */
export async function existingAccountEmail(to: string, signInUrl: string, locale: Locale): Promise<Email> {
  const t = await translator(locale);
  return { to, subject: t("existingSubject"), text: t("existingBody", { url: signInUrl }) };
}

/** The link that lets the owner of the address choose a new password. */
export async function passwordResetEmail(to: string, url: string, locale: Locale): Promise<Email> {
  const t = await translator(locale);
  return { to, subject: t("resetSubject"), text: t("resetBody", { url }) };
}
