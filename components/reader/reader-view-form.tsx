"use client";

import Form from "next/form";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import {
  NO_TRANSLATION,
  READER_VIEW_COOKIE,
  readerModes,
  serializeReaderView,
  type ReaderMode,
} from "@/lib/reader/reader-view";
import { buttonClasses } from "../ui/button";
import { modeLabel } from "./mode-labels";
import { rememberReaderChoice } from "./reader-preference-cookie";

type Props = {
  action: string;
  languages: { code: string; name: string }[];
  language: string;
  mode: ReaderMode;
};

/**
 * Translation language and layout as a GET form: the URL carries the view (shareable links, works
 * without JavaScript); with JavaScript a change applies at once through a client-side navigation.
 */
export function ReaderViewForm({ action, languages, language, mode }: Props) {
  const t = useTranslations("Reader");
  const form = useRef<HTMLFormElement>(null);
  const submit = () => {
    if (!form.current) return;
    // Only an explicit choice is remembered; defaults the page picks are not.
    const data = new FormData(form.current);
    const view = serializeReaderView({
      lang: String(data.get("lang") ?? ""),
      mode: (data.get("mode") as ReaderMode | null) ?? undefined,
    });
    rememberReaderChoice(READER_VIEW_COOKIE, view);
    form.current.requestSubmit();
  };
  const hasTranslation = language !== NO_TRANSLATION;
  return (
    <Form
      ref={form}
      action={action}
      aria-label={t("viewSettings")}
      className="flex flex-col gap-5 md:flex-row md:flex-wrap md:items-end md:gap-x-6 md:gap-y-3"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="reader-language" className="text-sm font-medium">
          {t("translationLanguage")}
        </label>
        <select
          id="reader-language"
          name="lang"
          defaultValue={language}
          onChange={submit}
          className="min-h-11 max-w-full rounded-md border border-line-strong bg-surface px-2 md:min-h-9"
        >
          {languages.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
          <option value={NO_TRANSLATION}>{t("noneOption")}</option>
        </select>
      </div>
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={hasTranslation ? undefined : "layout-needs-translation"}
      >
        <legend className="mb-1 text-sm font-medium">{t("mode")}</legend>
        <div className="flex flex-wrap gap-1">
          {readerModes.map((value) => {
            const isDisabled = !hasTranslation && value !== "original";
            return (
              <label
                key={value}
                className={`inline-flex min-h-11 cursor-pointer items-center rounded-md border border-line-strong px-3 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-on-accent has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus md:min-h-9 ${
                  isDisabled ? "cursor-not-allowed opacity-60" : ""
                }`}
              >
                <input
                  type="radio"
                  name="mode"
                  value={value}
                  defaultChecked={(hasTranslation ? mode : "original") === value}
                  disabled={isDisabled}
                  onChange={submit}
                  className="sr-only"
                />
                {t(modeLabel[value])}
              </label>
            );
          })}
        </div>
        {!hasTranslation && (
          <p id="layout-needs-translation" className="text-sm text-ink-muted">
            {t("layoutNeedsTranslation")}
          </p>
        )}
      </fieldset>
      <noscript>
        <button type="submit" className={buttonClasses({ size: "sm" })}>
          {t("apply")}
        </button>
      </noscript>
    </Form>
  );
}
