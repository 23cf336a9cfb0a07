"use client";

import { useTranslations } from "next-intl";
import { authClient } from "@/components/auth/auth-client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { isLocale } from "@/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import { signInSchema } from "@/server/users/schema";
import { FormAlert } from "../_components/form-alert";
import { PasswordField } from "../_components/password-field";
import { useAuthForm } from "../_components/use-auth-form";
import { useAuthText } from "../_components/use-auth-text";

/** `redirectTo`: a checked path inside the site (lib/auth/next-path.ts). */
export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const t = useTranslations("SignIn");
  const text = useAuthText();
  const router = useRouter();
  const { formRef, alertRef, onSubmit, fieldErrors, formError, isPending } = useAuthForm(
    signInSchema,
    (input) => authClient.signIn.email(input),
    (_form, data) => {
      // The account's preferred interface language, when it has one, replaces the page's.
      const preferred = (data?.user as { uiLocale?: unknown } | undefined)?.uiLocale;
      router.replace(redirectTo, isLocale(preferred) ? { locale: preferred } : undefined);
      router.refresh();
    },
  );
  const error = (field: string) => (fieldErrors[field] ? text.fieldError(fieldErrors[field]) : undefined);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert ref={alertRef} message={formError && text.formError(formError)} />
      <TextField
        name="email"
        type="email"
        label={text.t("email")}
        autoComplete="username"
        required
        error={error("email")}
      />
      <PasswordField
        name="password"
        label={text.t("password")}
        autoComplete="current-password"
        error={error("password")}
      />
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? text.t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
