"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/components/auth/auth-client";
import { Button } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { changePasswordFormSchema } from "@/server/users/schema";
import { FormAlert } from "../../_components/form-alert";
import { NewPasswordFields, PasswordField } from "../../_components/password-field";
import { useAuthForm } from "../../_components/use-auth-form";
import { useAuthText } from "../../_components/use-auth-text";

export function ChangePasswordForm() {
  const t = useTranslations("ChangePassword");
  const text = useAuthText();
  const [isDone, setDone] = useState(false);
  const { formRef, alertRef, onSubmit, fieldErrors, formError, isPending } = useAuthForm(
    changePasswordFormSchema,
    ({ currentPassword, newPassword, revokeOtherSessions }) => {
      setDone(false);
      return authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions });
    },
    (element) => {
      element.reset();
      setDone(true);
    },
  );
  const error = (field: string) => (fieldErrors[field] ? text.fieldError(fieldErrors[field]) : undefined);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert ref={alertRef} message={formError && text.formError(formError)} />
      <p role="status" className={isDone ? noticeClasses("success") : "sr-only"}>
        {isDone ? t("success") : ""}
      </p>
      <PasswordField
        name="currentPassword"
        label={t("currentPassword")}
        autoComplete="current-password"
        error={error("currentPassword")}
      />
      <NewPasswordFields error={error} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="revokeOtherSessions" defaultChecked className="h-4 w-4" />
        {t("revokeOtherSessions")}
      </label>
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? text.t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
