"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Tabs, type TabLink } from "@/components/ui/tabs";
import { usePathname } from "@/i18n/navigation";

type Sections = { canImport: boolean; canReview: boolean; canPropose: boolean; pendingCount: number };

const exportClass = buttonClasses({ variant: "secondary", size: "sm" });

/** The glossary's sections; the current one is marked with aria-current. Exports are plain downloads. */
export function GlossaryTabs({ slug, tabs }: { slug: string; tabs: Sections }) {
  const t = useTranslations("glossaries.tabs");
  const pathname = usePathname();
  const base = `/glossaries/${slug}`;
  const isUnder = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  const links: TabLink[] = [
    { href: base, label: t("entries"), isCurrent: pathname === base || isUnder(`${base}/entries`) },
    ...(tabs.canImport ? [{ href: `${base}/import`, label: t("import"), isCurrent: isUnder(`${base}/import`) }] : []),
    ...(tabs.canReview
      ? [
          {
            href: `${base}/proposals`,
            isCurrent: isUnder(`${base}/proposals`),
            label: (
              <>
                {t("proposals")}
                {tabs.pendingCount > 0 && (
                  <Badge tone="warning">
                    <span aria-hidden="true">{tabs.pendingCount}</span>
                    <span className="sr-only">{t("pendingCount", { count: tabs.pendingCount })}</span>
                  </Badge>
                )}
              </>
            ),
          },
        ]
      : []),
    ...(tabs.canPropose
      ? [{ href: `${base}/propose`, label: t("propose"), isCurrent: isUnder(`${base}/propose`) }]
      : []),
  ];
  const exportHref = (format: "tbx" | "csv") =>
    `/api/v1/glossaries/${encodeURIComponent(slug)}/export?format=${format}`;
  return (
    <Tabs
      label={t("label")}
      tabs={links}
      end={
        <div className="flex flex-wrap items-center gap-2 pb-2 text-sm">
          <span>{t("export")}</span>
          <a href={exportHref("tbx")} download aria-label={t("exportTbxLabel")} className={exportClass}>
            TBX
          </a>
          <a href={exportHref("csv")} download aria-label={t("exportCsvLabel")} className={exportClass}>
            CSV
          </a>
        </div>
      }
    />
  );
}
