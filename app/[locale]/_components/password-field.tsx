"use client";

import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX_LENGTH } from "@/server/users/schema";
import { useAuthText } from "./use-auth-text";

type Props = Omit<ComponentProps<typeof TextField>, "type" | "required" | "maxLength" | "autoComplete"> & {
  /** Tells password managers whether to fill the saved password or offer a new one. */
  autoComplete: "current-password" | "new-password";
};

/** A required password input, capped at the length the server accepts; every account form uses it. */
export function PasswordField(props: Props) {
  return <TextField type="password" required maxLength={PASSWORD_MAX_LENGTH} {...props} />;
}

/** The new password and its repetition, as the reset-password and change-password forms ask for them. */
export function NewPasswordFields({
  error,
}: {
  error: (field: "newPassword" | "confirmPassword") => string | undefined;
}) {
  const text = useAuthText();
  return (
    <>
      <PasswordField
        name="newPassword"
        label={text.t("newPassword")}
        hint={text.passwordHint}
        autoComplete="new-password"
        error={error("newPassword")}
      />
      <PasswordField
        name="confirmPassword"
        label={text.t("confirmPassword")}
        autoComplete="new-password"
        error={error("confirmPassword")}
      />
    </>
  );
}
