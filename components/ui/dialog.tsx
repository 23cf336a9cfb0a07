"use client";

import { X } from "lucide-react";
import { useId, useImperativeHandle, useRef, type ReactNode, type Ref } from "react";
import { IconButton } from "./icon-button";

export type DialogHandle = { open: () => void; close: () => void };

export type DialogProps = {
  /** open() and close() for the component that owns the trigger. */
  ref?: Ref<DialogHandle>;
  title: string;
  /** The close button's name ("Close"), already translated. */
  closeLabel: string;
  /** What the dialog is for, read out after its title. */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom (Cancel, Confirm): rendered in a row that wraps on narrow screens. */
  footer?: ReactNode;
  onClose?: () => void;
  /** "dialog": centred; "sheet": a bottom sheet on phones and a side panel from the right on wider screens. */
  variant?: "dialog" | "sheet";
  className?: string;
};

const shapes = {
  dialog: "m-auto w-[min(32rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)] rounded-xl",
  sheet:
    "mt-auto mb-0 mx-0 w-full max-w-none max-h-[85dvh] rounded-t-xl " +
    "sm:my-0 sm:mr-0 sm:ml-auto sm:h-dvh sm:max-h-none sm:w-[24rem] sm:rounded-none sm:rounded-l-xl",
};

/**
 * A modal on the native <dialog>: the browser traps focus inside it, closes it on Escape, makes the page behind
 * inert and returns focus to the trigger. A click on the backdrop closes it too.
 */
export function Dialog({
  ref,
  title,
  closeLabel,
  description,
  children,
  footer,
  onClose,
  variant = "dialog",
  className = "",
}: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useImperativeHandle(ref, () => ({
    open: () => dialog.current?.showModal(),
    close: () => dialog.current?.close(),
  }));
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onClick={(event) => {
        // A click whose target is the <dialog> itself landed on the backdrop (the content fills the box).
        if (event.target === dialog.current) dialog.current.close();
      }}
      className={`border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-stone-950/50 ${shapes[variant]} ${className}`}
    >
      <div className="flex max-h-[inherit] flex-col">
        <div className="flex items-start justify-between gap-3 border-b border-line px-5 py-3">
          <h2 id={titleId} className="pt-2 text-lg font-semibold">
            {title}
          </h2>
          <IconButton
            label={closeLabel}
            icon={<X aria-hidden="true" size={20} />}
            onClick={() => dialog.current?.close()}
          />
        </div>
        <div className="flex-1 space-y-4 overflow-y-auto px-5 py-4">
          {description && (
            <div id={descriptionId} className="text-ink-muted">
              {description}
            </div>
          )}
          {children}
        </div>
        {footer && <div className="flex flex-wrap justify-end gap-2 border-t border-line px-5 py-3">{footer}</div>}
      </div>
    </dialog>
  );
}
