"use client";

import { useTranslations } from "next-intl";
import { authClient } from "@/components/auth/auth-client";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { resetPasswordFormSchema } from "@/server/users/schema";
import { FormAlert } from "../_components/form-alert";
import { NewPasswordFields } from "../_components/password-field";
import { useAuthForm } from "../_components/use-auth-form";
import { useAuthText } from "../_components/use-auth-text";

/** A new password for the reset link's account; better-auth then ends every session, so sign-in comes next. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("ResetPassword");
  const text = useAuthText();
  const router = useRouter();
  const { formRef, alertRef, onSubmit, fieldErrors, formError, isPending } = useAuthForm(
    resetPasswordFormSchema,
    ({ newPassword, token: checkedToken }) => authClient.resetPassword({ newPassword, token: checkedToken }),
    () => {
      router.replace({ pathname: "/sign-in", query: { reset: "done" } });
      router.refresh();
    },
  );
  const error = (field: string) => (fieldErrors[field] ? text.fieldError(fieldErrors[field]) : undefined);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert ref={alertRef} message={formError && text.formError(formError)} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields error={error} />
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? text.t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
