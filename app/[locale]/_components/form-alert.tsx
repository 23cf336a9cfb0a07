import type { Ref } from "react";
import { noticeClasses } from "@/components/ui/notice";

/** A form-level message that takes focus when it appears (see use-auth-form.ts). */
export function FormAlert({ message, ref }: { message: string | null; ref: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={ref} tabIndex={-1} role="alert" className={message ? noticeClasses("danger", "outline-none") : "sr-only"}>
      {message}
    </p>
  );
}
