"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, type ReactNode } from "react";

type Props = {
  /** The button that asks; `triggerLabel` names it for screen readers when its text alone is ambiguous. */
  trigger: ReactNode;
  triggerLabel?: string;
  triggerClassName: string;
  title: string;
  body: ReactNode;
  confirm: string;
  disabled?: boolean;
};

const dangerButtonClass =
  "rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-60 dark:bg-red-700 dark:hover:bg-red-600";
const cancelButtonClass =
  "rounded border border-stone-400 px-4 py-2 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

/**
 * A submit button that asks first, for a form whose action is hard or impossible to undo (revoking a token,
 * disabling an account, changing a role). Placed inside the form: the modal <dialog>'s confirm button is that
 * form's submit button, so the form's action and fields stay as they are. Cancel is focused first (the safe
 * choice); Escape closes; focus returns to the trigger.
 */
export function ConfirmSubmit({ trigger, triggerLabel, triggerClassName, title, body, confirm, disabled }: Props) {
  const t = useTranslations("Common");
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        disabled={disabled}
        aria-label={triggerLabel}
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.showModal();
          cancelRef.current?.focus();
        }}
        className={triggerClassName}
      >
        {trigger}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => triggerRef.current?.focus()}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-5 text-left text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="mt-2">
          {body}
        </div>
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button
            ref={cancelRef}
            type="button"
            onClick={() => dialogRef.current?.close()}
            className={cancelButtonClass}
          >
            {t("cancel")}
          </button>
          {/* Submits the enclosing form; the dialog closes as the submission starts. */}
          <button type="submit" onClick={() => dialogRef.current?.close()} className={dangerButtonClass}>
            {confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
