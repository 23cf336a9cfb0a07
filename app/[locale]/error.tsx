"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" onClick={reset} className="rounded bg-blue-800 px-3 py-1.5 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
