import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { locales, toLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { languageName } from "@/lib/text/language-name";
import { listApiTokens } from "@/server/api-tokens/queries";
import { listAllTranslationLanguages } from "@/server/translations/queries";
import { requireViewer } from "../_components/require-viewer";
import { ApiTokens } from "./api-tokens";
import { ProfileForm } from "./profile-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/account">): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Metadata" });
  return { title: t("profileTitle"), robots: { index: false } };
}

/** The signed-in user's own page: name, preferences and personal API tokens. */
export default async function ProfilePage({ params }: PageProps<"/[locale]/account">) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireViewer("profile.read", { locale, path: "/account" });
  const [t, tokenText, format, tokens, translated] = await Promise.all([
    getTranslations("Profile"),
    getTranslations("ApiTokens"),
    getFormatter(),
    listApiTokens(viewer.id),
    listAllTranslationLanguages(),
  ]);
  // The UI languages, the languages something is translated into, and the current choice.
  const readingCodes = [
    ...new Set([...locales, ...translated, ...(viewer.readingLanguage ? [viewer.readingLanguage] : [])]),
  ];
  const readingLanguages = readingCodes
    .map((code) => ({ code, name: languageName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="text-ink-muted">{t("email", { email: viewer.email })}</p>
        <Link href="/account/password" className="text-accent underline">
          {t("changePassword")}
        </Link>
      </div>
      <section aria-labelledby="profile-preferences" className="space-y-4">
        <h2 id="profile-preferences" className="text-xl font-semibold">
          {t("preferencesHeading")}
        </h2>
        <ProfileForm
          profile={{ name: viewer.name, uiLocale: viewer.uiLocale, readingLanguage: viewer.readingLanguage }}
          readingLanguages={readingLanguages}
        />
      </section>
      <section aria-labelledby="profile-tokens" className="space-y-4">
        <h2 id="profile-tokens" className="text-xl font-semibold">
          {tokenText("heading")}
        </h2>
        <p className="text-ink-muted">{tokenText("intro")}</p>
        <ApiTokens
          tokens={tokens.map((token) => ({
            id: token.id,
            name: token.name,
            prefix: token.prefix,
            created: date(token.createdAt),
            lastUsed: token.lastUsedAt ? date(token.lastUsedAt) : null,
          }))}
        />
      </section>
    </div>
  );
}
