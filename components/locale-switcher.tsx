"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useId, useTransition } from "react";
import { localeInfo, locales, type Locale } from "@/i18n/locales";
import { usePathname, useRouter } from "@/i18n/navigation";

export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const id = useId();

  function switchTo(next: Locale) {
    const query = Object.fromEntries(searchParams.entries());
    startTransition(() => router.replace({ pathname, query }, { locale: next }));
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-ink-muted">
        {t("label")}
      </label>
      <select
        id={id}
        value={locale}
        disabled={isPending}
        onChange={(event) => switchTo(event.target.value as Locale)}
        className="rounded border border-line-strong bg-surface px-2 py-1 text-sm"
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={localeInfo[code].htmlLang}>
            {localeInfo[code].name}
          </option>
        ))}
      </select>
    </div>
  );
}
