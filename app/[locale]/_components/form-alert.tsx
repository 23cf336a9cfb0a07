import type { Ref } from "react";

/** A form-level message that takes focus when it appears (see use-auth-form.ts). */
export function FormAlert({ message, ref }: { message: string | null; ref: Ref<HTMLParagraphElement> }) {
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="alert"
      className={
        message
          ? "rounded border border-red-700 bg-red-50 p-3 text-red-800 outline-none dark:border-red-400 dark:bg-red-950 dark:text-red-200"
          : "sr-only"
      }
    >
      {message}
    </p>
  );
}

export const submitButtonClass =
  "self-start rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60 dark:bg-blue-700 dark:hover:bg-blue-600";
