import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { noticeClasses } from "@/components/ui/notice";
import { toLocale } from "@/i18n/locales";
import { localeAlternates } from "@/i18n/metadata";
import { Link } from "@/i18n/navigation";
import { safeNextPath } from "@/lib/auth/next-path";
import { FormPage } from "../_components/form-page";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Metadata" });
  return { title: t("signInTitle"), alternates: localeAlternates("/sign-in"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  setRequestLocale(toLocale((await params).locale));
  const query = await searchParams;
  const next = safeNextPath(query.next);
  const t = await getTranslations("SignIn");
  return (
    <FormPage heading={t("heading")}>
      {query.reset === "done" && (
        // Where the reset form sends its user (app/[locale]/reset-password): every session ended with the old password.
        <p role="status" className={noticeClasses("success")}>
          {t("passwordReset")}
        </p>
      )}
      <SignInForm redirectTo={next} />
      <p>
        <Link href="/forgot-password" className="text-accent underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p>
        {t.rich("noAccount", {
          link: (chunks) => (
            <Link
              href={{ pathname: "/sign-up", query: next === "/" ? {} : { next } }}
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
