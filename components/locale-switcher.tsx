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
      <label htmlFor={id} className="text-sm text-stone-700 dark:text-stone-300">
        {t("label")}
      </label>
      <select
        id={id}
        value={locale}
        disabled={isPending}
        onChange={(event) => switchTo(event.target.value as Locale)}
        className="rounded border border-stone-400 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-800"
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
