import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { localeAlternates } from "@/i18n/metadata";
import { Link } from "@/i18n/navigation";
import { safeNextPath } from "@/lib/auth/next-path";
import { sendsEmail } from "@/server/mail/mailer";
import { FormPage } from "../_components/form-page";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-up">): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Metadata" });
  return { title: t("signUpTitle"), alternates: localeAlternates("/sign-up"), robots: { index: false } };
}

export default async function SignUpPage({ params, searchParams }: PageProps<"/[locale]/sign-up">) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const next = safeNextPath((await searchParams).next);
  const t = await getTranslations("SignUp");
  return (
    <FormPage heading={t("heading")} intro={t("intro")}>
      <SignUpForm
        redirectTo={next}
        // With an SMTP server, the account starts when the e-mailed link is opened, which then signs in here.
        verification={sendsEmail() ? { callbackURL: `/${locale}${next === "/" ? "" : next}` } : null}
      />
      <p>
        {t.rich("haveAccount", {
          link: (chunks) => (
            <Link
              href={{ pathname: "/sign-in", query: next === "/" ? {} : { next } }}
              className="text-accent underline"
            >
              {chunks}
            </Link>
          ),
        })}
      </p>
    </FormPage>
  );
}
