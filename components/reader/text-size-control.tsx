"use client";

import { AArrowDown, AArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MAX_TEXT_STEP, MIN_TEXT_STEP, TEXT_SIZE_COOKIE, TEXT_SIZE_FIELD } from "@/lib/reader/text-size";
import { buttonClasses } from "../ui/button";
import { rememberReaderChoice } from "./reader-preference-cookie";

type Props = {
  /** The reader page: without JavaScript the buttons submit there and the proxy remembers the size. */
  action: string;
  step: number;
  /** The view in the URL, kept when the form is sent without JavaScript. */
  view: { lang: string; mode: string };
  /** The element whose --reader-step sets the text size (the article text). */
  targetId: string;
};

/** Smaller and larger text for the article, remembered in a cookie; applied at once, without reloading. */
export function TextSizeControl({ action, step: initial, view, targetId }: Props) {
  const t = useTranslations("Reader");
  const [step, setStep] = useState(initial);
  const change = (next: number) => {
    setStep(next);
    document.getElementById(targetId)?.style.setProperty("--reader-step", String(next));
    rememberReaderChoice(TEXT_SIZE_COOKIE, String(next));
  };
  const buttonClass = buttonClasses({ variant: "secondary", size: "sm", className: "min-w-11" });
  return (
    <form
      action={action}
      method="get"
      className="flex flex-col gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter) change(Number(submitter.value));
      }}
    >
      <input type="hidden" name="lang" value={view.lang} />
      <input type="hidden" name="mode" value={view.mode} />
      <span className="text-sm font-medium" id="text-size-label">
        {t("textSize")}
      </span>
      <div role="group" aria-labelledby="text-size-label" className="flex items-center gap-1">
        <button
          type="submit"
          name={TEXT_SIZE_FIELD}
          value={step - 1}
          disabled={step <= MIN_TEXT_STEP}
          aria-label={t("textSmaller")}
          title={t("textSmaller")}
          className={buttonClass}
        >
          <AArrowDown aria-hidden="true" size={20} />
        </button>
        <button
          type="submit"
          name={TEXT_SIZE_FIELD}
          value={step + 1}
          disabled={step >= MAX_TEXT_STEP}
          aria-label={t("textLarger")}
          title={t("textLarger")}
          className={buttonClass}
        >
          <AArrowUp aria-hidden="true" size={20} />
        </button>
      </div>
    </form>
  );
}
