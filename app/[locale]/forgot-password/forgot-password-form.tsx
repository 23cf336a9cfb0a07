"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/components/auth/auth-client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { requestPasswordResetSchema } from "@/server/users/schema";
import { FormAlert } from "../_components/form-alert";
import { useAuthForm } from "../_components/use-auth-form";
import { useAuthText } from "../_components/use-auth-text";

/**
 * `resetPagePath`: where better-auth sends the link's opener once it has checked the token. `sendsEmail`: whether
 * the link goes by e-mail or, on an install without SMTP_URL, into the server log for its operator to pass on.
 */
export function ForgotPasswordForm({ resetPagePath, sendsEmail }: { resetPagePath: string; sendsEmail: boolean }) {
  const t = useTranslations("ForgotPassword");
  const text = useAuthText();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { formRef, alertRef, onSubmit, fieldErrors, formError, isPending } = useAuthForm(
    requestPasswordResetSchema,
    ({ email }) => authClient.requestPasswordReset({ email, redirectTo: resetPagePath }),
    (form) => setSentTo(String(new FormData(form).get("email"))),
  );
  if (sentTo)
    return (
      // The same words whether or not the address has an account. Focus follows the form it replaces.
      <p role="status" tabIndex={-1} ref={(element) => element?.focus()} className="rounded-md border border-line p-4">
        {t(sendsEmail ? "sent" : "sentToLog", { email: sentTo })}
      </p>
    );
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert ref={alertRef} message={formError && text.formError(formError)} />
      <TextField
        name="email"
        type="email"
        label={text.t("email")}
        autoComplete="email"
        required
        error={fieldErrors.email ? text.fieldError(fieldErrors.email) : undefined}
      />
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? text.t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
