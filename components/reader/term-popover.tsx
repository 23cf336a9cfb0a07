"use client";

import { useTranslations } from "next-intl";
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from "react";
import { X } from "lucide-react";
import { createPortal } from "react-dom";
import { IconButton } from "@/components/ui/icon-button";
import { noticeClasses } from "@/components/ui/notice";
import type { TermStatus } from "@/lib/glossary/types";
import type { TermCard } from "@/lib/reader/term-cards";
import { isFlaggedStatus } from "@/lib/reader/term-status";
import { TermCardBody } from "./term-card-body";

type PopoverLanguage = { code: string; name: string };

type Props = {
  cards: TermCard[];
  /** The language whose terms a popover lists, for a mark in each column. */
  targets: { original: PopoverLanguage; translation: PopoverLanguage };
  children: ReactNode;
};

type Opened = {
  mark: HTMLElement;
  cards: TermCard[];
  text: string;
  language?: string;
  status: TermStatus;
  target: PopoverLanguage;
  source: unknown;
};

const markOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>(".term-mark") : null;

const statusOf = (mark: HTMLElement) => (mark.dataset.flag ?? "preferred") as TermStatus;

/**
 * Opens the card of a marked glossary term, from the server-rendered marks inside (one listener for all of them):
 * click, Enter or Space on a mark opens a non-modal dialog next to it and moves focus into it; Escape, the close
 * button or Tab past either end closes it and gives focus back to the mark; a click elsewhere closes it.
 */
export function TermPopover({ cards, targets, children }: Props) {
  const t = useTranslations("termMarks");
  const root = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const current = useRef<Opened | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const byId = useMemo(() => new Map(cards.map((card) => [card.conceptId, card])), [cards]);
  // New cards (the reader changed glossaries) close what was open: it was opened with the old ones.
  const visible = opened && opened.source === byId ? opened : null;

  // The marks are server-rendered: their aria-expanded is kept in step here, not by React.
  const show = useCallback((next: Opened | null, { returnFocus = false } = {}) => {
    const previous = current.current;
    previous?.mark.setAttribute("aria-expanded", "false");
    next?.mark.setAttribute("aria-expanded", "true");
    current.current = next;
    setOpened(next);
    if (!next && returnFocus) previous?.mark.focus();
  }, []);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    // The server sends marks as plain spans; here they become buttons. Labels are set again after every render
    // of the text, since React may reuse a mark's element for another term.
    for (const mark of element.querySelectorAll<HTMLElement>(".term-mark")) {
      const status = statusOf(mark);
      mark.setAttribute("role", "button");
      mark.setAttribute("aria-haspopup", "dialog");
      mark.setAttribute("aria-expanded", "false");
      mark.setAttribute(
        "aria-label",
        t("markName", { term: mark.textContent ?? "", status: isFlaggedStatus(status) ? status : "other" }),
      );
      if (!mark.hasAttribute("tabindex")) mark.tabIndex = -1;
    }
    const toggle = (mark: HTMLElement) => {
      if (current.current?.mark === mark) return show(null);
      const found = (mark.dataset.concepts ?? "").split(" ").flatMap((id) => byId.get(id) ?? []);
      if (found.length === 0) return;
      const side =
        mark.closest("[data-side]")?.getAttribute("data-side") === "translation" ? "translation" : "original";
      show({
        mark,
        cards: found,
        text: mark.textContent ?? "",
        language: mark.closest("[lang]")?.getAttribute("lang") ?? undefined,
        status: statusOf(mark),
        target: targets[side],
        source: byId,
      });
    };
    const onClick = (event: MouseEvent) => {
      const mark = markOf(event.target);
      if (mark) toggle(mark);
    };
    const onKey = (event: KeyboardEvent) => {
      const mark = markOf(event.target);
      if (!mark || event.target !== mark || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      toggle(mark);
    };
    element.addEventListener("click", onClick);
    element.addEventListener("keydown", onKey);
    return () => {
      element.removeEventListener("click", onClick);
      element.removeEventListener("keydown", onKey);
      current.current?.mark.setAttribute("aria-expanded", "false");
      current.current = null;
    };
  }, [byId, targets, show, t]);

  useLayoutEffect(() => {
    const box = dialog.current;
    if (!visible || !box) return;
    const place = () => {
      const lines = visible.mark.getClientRects();
      const [first, last] = [lines[0], lines[lines.length - 1]];
      if (!first) return;
      const width = document.documentElement.clientWidth;
      const left = Math.max(8, Math.min(last.left, width - box.offsetWidth - 8));
      const fitsBelow =
        last.bottom + 6 + box.offsetHeight <= window.innerHeight || first.top - 6 - box.offsetHeight < 0;
      const top = fitsBelow ? last.bottom + 6 : first.top - 6 - box.offsetHeight;
      box.style.left = `${left + window.scrollX}px`;
      box.style.top = `${top + window.scrollY}px`;
    };
    place();
    box.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!box.contains(target) && !visible.mark.contains(target)) show(null);
    };
    window.addEventListener("resize", place);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      window.removeEventListener("resize", place);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [visible, show]);

  const onDialogKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      show(null, { returnFocus: true });
      return;
    }
    if (event.key !== "Tab" || !dialog.current) return;
    const focusables = [...dialog.current.querySelectorAll<HTMLElement>("a[href], button")];
    const active = document.activeElement;
    const leaves = event.shiftKey
      ? active === dialog.current || active === focusables[0]
      : active === focusables.at(-1);
    if (!leaves) return;
    event.preventDefault();
    show(null, { returnFocus: true });
  };

  return (
    <div ref={root}>
      {children}
      {visible &&
        createPortal(
          <PopoverDialog
            ref={dialog}
            opened={visible}
            onKeyDown={onDialogKey}
            onClose={() => show(null, { returnFocus: true })}
          />,
          document.body,
        )}
    </div>
  );
}

type DialogProps = {
  ref: React.Ref<HTMLDivElement>;
  opened: Opened;
  onKeyDown: (event: ReactKeyboardEvent<HTMLDivElement>) => void;
  onClose: () => void;
};

function PopoverDialog({ ref, opened, onKeyDown, onClose }: DialogProps) {
  const t = useTranslations("termMarks");
  const titleId = useId();
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className="absolute z-40 w-[min(24rem,calc(100vw-1rem))] rounded-lg border border-line bg-surface p-4 text-sm text-ink shadow-lg outline-none focus-visible:ring-2 focus-visible:ring-focus"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">{t("kicker")}</p>
          <h2 id={titleId} lang={opened.language} className="text-lg leading-snug font-semibold">
            {opened.text}
          </h2>
        </div>
        <IconButton
          label={t("close")}
          icon={<X aria-hidden="true" className="size-5" />}
          onClick={onClose}
          className="-m-2"
        />
      </div>
      {isFlaggedStatus(opened.status) && (
        <p className={noticeClasses("danger", "mt-2 px-2 py-1")}>
          <span aria-hidden="true">⚠ </span>
          {t("flaggedForm", { status: opened.status })}
        </p>
      )}
      {opened.cards.map((card) => (
        <TermCardBody key={card.conceptId} card={card} target={opened.target} />
      ))}
    </div>
  );
}
