"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

type Props = {
  /** The trigger's content and name: a label, or an icon with `triggerLabel`. */
  trigger: ReactNode;
  triggerLabel?: string;
  triggerClassName: string;
  children: ReactNode;
  /** Which edge of the trigger the panel lines up with. */
  align?: "start" | "end";
  panelClassName?: string;
};

/**
 * A panel that opens under its button, on the native popover API: it works before the page's JavaScript has
 * loaded, closes on Escape and on a click outside, and sits in the top layer (never clipped or pushed off the
 * page). Non-modal: the page stays usable, unlike Dialog.
 */
export function Popover({
  trigger,
  triggerLabel,
  triggerClassName,
  children,
  align = "start",
  panelClassName = "",
}: Props) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    // Placed under the trigger, kept inside the viewport: the popover API centres it otherwise.
    const place = (event: Event) => {
      if ((event as ToggleEvent).newState !== "open" || !button.current) return;
      const rect = button.current.getBoundingClientRect();
      element.style.top = `${rect.bottom + 4}px`;
      if (align === "end") element.style.right = `${Math.max(8, window.innerWidth - rect.right)}px`;
      else element.style.left = `${Math.max(8, rect.left)}px`;
    };
    const toggled = (event: Event) => setIsOpen((event as ToggleEvent).newState === "open");
    element.addEventListener("beforetoggle", place);
    element.addEventListener("toggle", toggled);
    return () => {
      element.removeEventListener("beforetoggle", place);
      element.removeEventListener("toggle", toggled);
    };
  }, [align]);

  return (
    <>
      <button
        ref={button}
        type="button"
        popoverTarget={id}
        aria-expanded={isOpen}
        aria-controls={id}
        aria-label={triggerLabel}
        title={triggerLabel}
        className={triggerClassName}
      >
        {trigger}
      </button>
      <div
        ref={panel}
        id={id}
        popover="auto"
        className={`fixed inset-auto m-0 max-h-[calc(100dvh-5rem)] max-w-[calc(100vw-1rem)] overflow-y-auto rounded-lg border border-line bg-surface p-2 text-ink shadow-lg ${panelClassName}`}
      >
        {children}
      </div>
    </>
  );
}
