"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link, usePathname } from "@/i18n/navigation";

type Tabs = { canImport: boolean; canReview: boolean; canPropose: boolean; pendingCount: number };

const tabClass = "inline-flex items-center gap-2 rounded-t border-b-2 px-3 py-2 font-medium";
const activeClass = "border-blue-800 text-stone-900 dark:border-blue-300 dark:text-stone-50";
const idleClass = "border-transparent text-blue-800 hover:border-stone-400 hover:underline dark:text-blue-300";
const exportClass =
  "rounded border border-stone-400 px-2 py-1 text-sm text-blue-800 hover:bg-stone-100 dark:border-stone-600 dark:text-blue-300 dark:hover:bg-stone-800";

/** The glossary's sections; the current one is marked with aria-current. Exports are plain downloads. */
export function GlossaryTabs({ slug, tabs }: { slug: string; tabs: Tabs }) {
  const t = useTranslations("glossaries.tabs");
  const pathname = usePathname();
  const base = `/glossaries/${slug}`;
  const isUnder = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  const isEntries = pathname === base || isUnder(`${base}/entries`);
  const tab = (href: string, isCurrent: boolean, label: ReactNode) => (
    <li>
      <Link
        href={href}
        aria-current={isCurrent ? "page" : undefined}
        className={`${tabClass} ${isCurrent ? activeClass : idleClass}`}
      >
        {label}
      </Link>
    </li>
  );
  const exportHref = (format: "tbx" | "csv") =>
    `/api/v1/glossaries/${encodeURIComponent(slug)}/export?format=${format}`;
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 border-b border-stone-300 dark:border-stone-700">
      <nav aria-label={t("label")}>
        <ul className="flex flex-wrap gap-1">
          {tab(base, isEntries, t("entries"))}
          {tabs.canImport && tab(`${base}/import`, isUnder(`${base}/import`), t("import"))}
          {tabs.canReview &&
            tab(
              `${base}/proposals`,
              isUnder(`${base}/proposals`),
              <>
                {t("proposals")}
                {tabs.pendingCount > 0 && (
                  <span className="rounded-full bg-amber-700 px-2 text-xs font-semibold text-white dark:bg-amber-300 dark:text-stone-950">
                    <span aria-hidden="true">{tabs.pendingCount}</span>
                    <span className="sr-only">{t("pendingCount", { count: tabs.pendingCount })}</span>
                  </span>
                )}
              </>,
            )}
          {tabs.canPropose && tab(`${base}/propose`, isUnder(`${base}/propose`), t("propose"))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-2 pb-2 text-sm">
        <span>{t("export")}</span>
        <a href={exportHref("tbx")} download aria-label={t("exportTbxLabel")} className={exportClass}>
          TBX
        </a>
        <a href={exportHref("csv")} download aria-label={t("exportCsvLabel")} className={exportClass}>
          CSV
        </a>
      </div>
    </div>
  );
}
