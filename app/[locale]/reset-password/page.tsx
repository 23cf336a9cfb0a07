import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { noticeClasses } from "@/components/ui/notice";
import { toLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { FormPage } from "../_components/form-page";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/reset-password">): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Metadata" });
  return { title: t("resetPasswordTitle"), robots: { index: false } };
}

/**
 * Where a reset link lands: better-auth's /api/auth/reset-password/<token> checks the token and comes here with
 * `?token=`, or with `?error=INVALID_TOKEN` when it is unknown, used or expired.
 */
export default async function ResetPasswordPage({ params, searchParams }: PageProps<"/[locale]/reset-password">) {
  setRequestLocale(toLocale((await params).locale));
  const { token, error } = await searchParams;
  const t = await getTranslations("ResetPassword");
  const isUsable = typeof token === "string" && token !== "" && error === undefined;
  const requestNew = (
    <Link href="/forgot-password" className="text-accent underline">
      {t("requestNew")}
    </Link>
  );
  return (
    <FormPage heading={t("heading")} intro={isUsable ? t("intro") : undefined}>
      {isUsable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert" className={noticeClasses("danger")}>
          {t("invalidLink")}
        </p>
      )}
      <p>{requestNew}</p>
    </FormPage>
  );
}
