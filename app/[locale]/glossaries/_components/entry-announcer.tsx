"use client";

import { createContext, use, useEffect, useRef, useState, type ReactNode } from "react";
import { noticeClasses } from "@/components/ui/notice";

type Announce = (message: string, options?: { focus?: boolean }) => void;

const AnnouncerContext = createContext<Announce>(() => {});

/**
 * The entries list's status line: rows report a save or a delete here. It lives above the rows, so it outlasts a
 * deleted row and the refresh that removes it, and can take focus when the row that had it is gone.
 */
export function EntryAnnouncer({ initialMessage = "", children }: { initialMessage?: string; children: ReactNode }) {
  const [state, setState] = useState({ message: initialMessage, focus: false, count: 0 });
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.focus) ref.current?.focus();
  }, [state]);
  const announce: Announce = (message, options) =>
    setState((previous) => ({ message, focus: options?.focus ?? false, count: previous.count + 1 }));
  return (
    <AnnouncerContext value={announce}>
      <p
        ref={ref}
        role="status"
        tabIndex={-1}
        className={state.message ? noticeClasses("success", "outline-none") : "sr-only"}
      >
        {state.message}
      </p>
      {children}
    </AnnouncerContext>
  );
}

export const useAnnounce = () => use(AnnouncerContext);
