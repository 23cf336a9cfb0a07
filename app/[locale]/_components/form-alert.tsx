import type { Ref } from "react";

/** A form-level message that takes focus when it appears (see use-auth-form.ts). */
export function FormAlert({ message, ref }: { message: string | null; ref: Ref<HTMLParagraphElement> }) {
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="alert"
      className={message ? "rounded border border-danger bg-danger-soft p-3 text-danger outline-none" : "sr-only"}
    >
      {message}
    </p>
  );
}

export const submitButtonClass =
  "self-start rounded bg-accent px-4 py-2 font-medium text-on-accent hover:bg-accent-hover disabled:opacity-60";
