"use client";

import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type ReactNode } from "react";
import {
  preferenceFromForm,
  serializeTermMarksPreference,
  TERM_MARKS_COOKIE,
  termFormFields,
  type TermMarksPreference,
} from "@/lib/reader/term-preference";
import { buttonClasses } from "../ui/button";
import { rememberReaderChoice } from "./reader-preference-cookie";

type Props = {
  /** The reader page itself: without JavaScript the form is sent there and the proxy remembers the choice. */
  action: string;
  view: { lang: string; mode: string };
  glossaries: { id: string; name: string }[];
  preference: TermMarksPreference;
};

const checkboxClass = "size-5 accent-accent";

// Up to three glossaries are listed in the toolbar; more fold behind a summary, so the text stays near the top.
const INLINE_CHOICE_LIMIT = 3;

/**
 * The reader's glossary settings: mark terms or not, and which glossaries apply (shown when there are several).
 * A change is remembered in a cookie and the page is rendered again with it; focus stays where it was.
 */
export function TermMarksForm({ action, view, glossaries, preference }: Props) {
  const t = useTranslations("termMarks");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [isOn, setIsOn] = useState(preference.isOn);
  const [isPending, startTransition] = useTransition();
  const hidden = new Set(preference.hiddenGlossaryIds);
  const chosenCount = glossaries.filter((glossary) => !hidden.has(glossary.id)).length;

  const save = () => {
    if (!form.current) return;
    const params = new URLSearchParams([...new FormData(form.current)].map(([key, value]) => [key, String(value)]));
    const next = preferenceFromForm(params, preference);
    if (!next) return;
    setIsOn(next.isOn);
    rememberReaderChoice(TERM_MARKS_COOKIE, serializeTermMarksPreference(next));
    startTransition(() => router.refresh());
  };

  return (
    <form
      ref={form}
      action={action}
      method="get"
      aria-label={t("settings")}
      aria-busy={isPending}
      className="flex flex-col gap-3 md:flex-row md:flex-wrap md:items-center md:gap-x-6"
    >
      <input type="hidden" name={termFormFields.marker} value="1" />
      <input type="hidden" name="lang" value={view.lang} />
      <input type="hidden" name="mode" value={view.mode} />
      <label className="flex min-h-11 items-center gap-2 text-sm font-medium md:min-h-9">
        <input
          type="checkbox"
          name={termFormFields.isOn}
          value="on"
          defaultChecked={preference.isOn}
          onChange={save}
          className={checkboxClass}
        />
        {t("toggle")}
      </label>
      {glossaries.length > 1 && (
        <GlossaryChoice
          summary={t("chooserSummary", { chosen: chosenCount, count: glossaries.length })}
          isCollapsed={glossaries.length > INLINE_CHOICE_LIMIT}
        >
          <fieldset disabled={!isOn} className="flex flex-wrap items-center gap-x-4 gap-y-2 disabled:opacity-60">
            <legend className="float-left mr-3 text-sm font-medium">{t("chooser")}</legend>
            {glossaries.map((glossary) => (
              <label key={glossary.id} className="flex min-h-11 items-center gap-2 text-sm md:min-h-9">
                <input type="hidden" name={termFormFields.offered} value={glossary.id} />
                <input
                  type="checkbox"
                  name={termFormFields.chosen}
                  value={glossary.id}
                  defaultChecked={!hidden.has(glossary.id)}
                  onChange={save}
                  className={checkboxClass}
                />
                {glossary.name}
              </label>
            ))}
          </fieldset>
        </GlossaryChoice>
      )}
      <noscript>
        <button type="submit" className={buttonClasses({ size: "sm" })}>
          {t("apply")}
        </button>
      </noscript>
    </form>
  );
}

/** The glossary checkboxes, in the open when they are few, else behind a native disclosure (no script needed). */
function GlossaryChoice({
  summary,
  isCollapsed,
  children,
}: {
  summary: string;
  isCollapsed: boolean;
  children: ReactNode;
}) {
  if (!isCollapsed) return children;
  return (
    <details className="group">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 text-sm font-medium md:min-h-9 [&::-webkit-details-marker]:hidden">
        {summary}
        <ChevronDown aria-hidden="true" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <div className="pt-2">{children}</div>
    </details>
  );
}
