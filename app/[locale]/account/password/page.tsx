import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { redirect } from "@/i18n/navigation";
import { getViewer } from "@/server/auth";
import { FormPage } from "../../_components/form-page";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/password">): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Metadata" });
  return { title: t("changePasswordTitle"), robots: { index: false } };
}

/** Needs a session; better-auth checks it again (and the current password) on the change itself. */
export default async function ChangePasswordPage({ params }: PageProps<"/[locale]/account/password">) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: "/account/password" } }, locale });
  const t = await getTranslations("ChangePassword");
  return (
    <FormPage heading={t("heading")}>
      <ChangePasswordForm />
    </FormPage>
  );
}
