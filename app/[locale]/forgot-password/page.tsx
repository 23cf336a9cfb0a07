import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { localeAlternates } from "@/i18n/metadata";
import { Link } from "@/i18n/navigation";
import { sendsEmail } from "@/server/mail/mailer";
import { FormPage } from "../_components/form-page";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/forgot-password">): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Metadata" });
  return {
    title: t("forgotPasswordTitle"),
    alternates: localeAlternates("/forgot-password"),
    robots: { index: false },
  };
}

/** Asks for the address a reset link goes to (server/password-reset.ts); the answer never says whether it has an account. */
export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/forgot-password">) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("ForgotPassword");
  return (
    <FormPage heading={t("heading")} intro={t("intro")}>
      <ForgotPasswordForm resetPagePath={`/${locale}/reset-password`} sendsEmail={sendsEmail()} />
      <p>
        <Link href="/sign-in" className="text-accent underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </FormPage>
  );
}
