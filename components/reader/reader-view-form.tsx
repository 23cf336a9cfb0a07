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

type Props = {
  action: string;
  languages: { code: string; name: string }[];
  language: string;
  mode: ReaderMode;
};

const modeLabel = {
  side: "modeSide",
  interlinear: "modeInterlinear",
  original: "modeOriginal",
  translation: "modeTranslation",
} as const;

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
    document.cookie = `${READER_VIEW_COOKIE}=${encodeURIComponent(view)}; path=/; max-age=31536000; samesite=lax`;
    form.current.requestSubmit();
  };
  const hasTranslation = language !== NO_TRANSLATION;
  return (
    <Form
      ref={form}
      action={action}
      aria-label={t("viewSettings")}
      className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
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
          className="rounded border border-stone-400 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-800"
        >
          {languages.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
          <option value={NO_TRANSLATION}>{t("noneOption")}</option>
        </select>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium">{t("mode")}</legend>
        <div className="flex flex-wrap gap-1">
          {readerModes.map((value) => {
            const isDisabled = !hasTranslation && value !== "original";
            return (
              <label
                key={value}
                className={`cursor-pointer rounded border px-2.5 py-1 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-800 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-800 dark:has-[:checked]:bg-blue-300 dark:has-[:checked]:text-stone-950 ${
                  isDisabled ? "cursor-not-allowed opacity-60" : "border-stone-400 dark:border-stone-600"
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
      </fieldset>
      <noscript>
        <button type="submit" className="rounded bg-blue-800 px-3 py-1.5 text-white">
          {t("apply")}
        </button>
      </noscript>
    </Form>
  );
}
