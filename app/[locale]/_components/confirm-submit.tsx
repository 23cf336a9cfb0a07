"use client";

import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, type DialogHandle } from "@/components/ui/dialog";

type Props = {
  /** The button that asks; `triggerLabel` names it for screen readers when its text alone is ambiguous. */
  trigger: ReactNode;
  triggerLabel?: string;
  title: string;
  body: ReactNode;
  confirm: string;
  disabled?: boolean;
};

/**
 * A small secondary button that asks first, for a form whose action is hard or impossible to undo (revoking a token,
 * disabling an account, changing a role). Placed inside the form: the Dialog's confirm button is that form's
 * submit button, so the form's action and fields stay as they are. Cancel is focused first (the safe choice);
 * Escape closes; focus returns to the trigger.
 */
export function ConfirmSubmit({ trigger, triggerLabel, title, body, confirm, disabled }: Props) {
  const t = useTranslations("Common");
  const dialogRef = useRef<DialogHandle>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={triggerRef}
        variant="secondary"
        size="sm"
        disabled={disabled}
        aria-label={triggerLabel}
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.open();
          cancelRef.current?.focus();
        }}
      >
        {trigger}
      </Button>
      <Dialog
        ref={dialogRef}
        title={title}
        closeLabel={t("close")}
        description={body}
        onClose={() => triggerRef.current?.focus()}
        footer={
          <>
            <Button ref={cancelRef} variant="secondary" onClick={() => dialogRef.current?.close()}>
              {t("cancel")}
            </Button>
            {/* Submits the enclosing form; the dialog closes as the submission starts. */}
            <Button type="submit" variant="danger" onClick={() => dialogRef.current?.close()}>
              {confirm}
            </Button>
          </>
        }
      />
    </>
  );
}
