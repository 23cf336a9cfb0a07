"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/components/auth/auth-client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useRouter } from "@/i18n/navigation";
import { NAME_MAX_LENGTH, signUpSchema } from "@/server/users/schema";
import { FormAlert } from "../_components/form-alert";
import { PasswordField } from "../_components/password-field";
import { useAuthForm } from "../_components/use-auth-form";
import { useAuthText } from "../_components/use-auth-text";

/**
 * Signs up and, on success, signs in at once (better-auth's autoSignIn); or, when the install verifies addresses
 * by e-mail, says where the link went. The answer is the same whether or not the address already had an account.
 */
export function SignUpForm({
  redirectTo,
  verification,
}: {
  redirectTo: string;
  verification: { callbackURL: string } | null;
}) {
  const t = useTranslations("SignUp");
  const text = useAuthText();
  const router = useRouter();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { formRef, alertRef, onSubmit, fieldErrors, formError, isPending } = useAuthForm(
    signUpSchema,
    (input) => authClient.signUp.email({ ...input, ...(verification ?? {}) }),
    (form) => {
      if (verification) return setSentTo(String(new FormData(form).get("email")));
      router.replace(redirectTo);
      router.refresh();
    },
  );
  if (sentTo)
    return (
      // Focus follows the form it replaces, so that keyboard and screen-reader users land on the message.
      <p role="status" tabIndex={-1} ref={(element) => element?.focus()} className="rounded-md border border-line p-4">
        {t("checkEmail", { email: sentTo })}
      </p>
    );
  const error = (field: string) => (fieldErrors[field] ? text.fieldError(fieldErrors[field]) : undefined);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert ref={alertRef} message={formError && text.formError(formError)} />
      <TextField
        name="name"
        label={text.t("name")}
        autoComplete="nickname"
        required
        maxLength={NAME_MAX_LENGTH}
        error={error("name")}
      />
      <TextField
        name="email"
        type="email"
        label={text.t("email")}
        autoComplete="email"
        required
        error={error("email")}
      />
      <PasswordField
        name="password"
        label={text.t("password")}
        hint={text.passwordHint}
        autoComplete="new-password"
        error={error("password")}
      />
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? text.t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
