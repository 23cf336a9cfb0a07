"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Wraps server-rendered article text. Pointer or focus on a sentence marks every element with the
 * same data-segment-id (its counterpart in the other language); arrow keys move focus between
 * sentences (one tab stop for the whole text: a roving tabindex). The glossary terms marked in the
 * focused sentence and in its counterpart join the tab order right after it, so Tab from a sentence
 * reaches its terms; arrow keys on a term move on to the neighbouring sentences.
 */
export function SegmentHighlighter({
  children,
  label,
  describedBy,
}: {
  children: ReactNode;
  label: string;
  describedBy?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const focusable = () => [...root.querySelectorAll<HTMLElement>("[data-segment-focus]")];
    const mark = (id: string | null) => {
      for (const el of root.querySelectorAll<HTMLElement>("[data-active]")) el.removeAttribute("data-active");
      if (!id) return;
      for (const el of root.querySelectorAll<HTMLElement>(`[data-segment-id="${CSS.escape(id)}"]`))
        el.dataset.active = "true";
    };
    const idOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest<HTMLElement>("[data-segment-id]")?.dataset.segmentId ?? null) : null;
    /**
     * The sentence that holds the tab stop for a focused element: itself, or the sentence of a term in either column.
     */
    const stopOf = (target: EventTarget | null) => {
      const id = idOf(target);
      return id === null ? null : (focusable().find((el) => el.dataset.segmentId === id) ?? null);
    };

    // Outside any sentence the focused sentence stays marked. So it does while the keyboard leads: moving focus
    // scrolls the page, and the browser then reports the text that slid under a resting pointer as hovered.
    let isKeyboardLeading = false;
    const onMove = (event: PointerEvent) => {
      if (event.movementX !== 0 || event.movementY !== 0) isKeyboardLeading = false;
    };
    const onOver = (event: Event) => {
      const focused = idOf(document.activeElement);
      mark(isKeyboardLeading && focused ? focused : (idOf(event.target) ?? focused));
    };
    const onLeave = () => mark(idOf(document.activeElement));
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.matches(":focus-visible")) isKeyboardLeading = true;
      const id = idOf(event.target);
      mark(id);
      const stop = stopOf(event.target);
      if (!stop) return;
      for (const el of focusable()) el.tabIndex = el === stop ? 0 : -1;
      for (const term of root.querySelectorAll<HTMLElement>(".term-mark")) term.tabIndex = idOf(term) === id ? 0 : -1;
    };
    const onKey = (event: KeyboardEvent) => {
      isKeyboardLeading = true;
      const stop = stopOf(event.target);
      if (!stop) return;
      const items = focusable();
      const index = items.indexOf(stop);
      const next = {
        ArrowDown: index + 1,
        ArrowRight: index + 1,
        ArrowUp: index - 1,
        ArrowLeft: index - 1,
        Home: 0,
        End: items.length - 1,
      }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      items[Math.max(0, Math.min(items.length - 1, next))]?.focus();
    };
    root.addEventListener("pointerover", onOver);
    document.addEventListener("pointermove", onMove);
    root.addEventListener("pointerleave", onLeave);
    root.addEventListener("focusin", onFocus);
    root.addEventListener("keydown", onKey);
    return () => {
      root.removeEventListener("pointerover", onOver);
      document.removeEventListener("pointermove", onMove);
      root.removeEventListener("pointerleave", onLeave);
      root.removeEventListener("focusin", onFocus);
      root.removeEventListener("keydown", onKey);
    };
  }, []);

  return (
    <div ref={ref} role="region" aria-label={label} aria-describedby={describedBy}>
      {children}
    </div>
  );
}
