import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX_LENGTH } from "@/server/users/schema";

type Props = Omit<ComponentProps<typeof TextField>, "type" | "required" | "maxLength" | "autoComplete"> & {
  /** Tells password managers whether to fill the saved password or offer a new one. */
  autoComplete: "current-password" | "new-password";
};

/** A required password input, capped at the length the server accepts; every account form uses it. */
export function PasswordField(props: Props) {
  return <TextField type="password" required maxLength={PASSWORD_MAX_LENGTH} {...props} />;
}
