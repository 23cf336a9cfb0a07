import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

export type TabLink = { href: string; label: ReactNode; isCurrent: boolean };

/**
 * Sections of one thing (a glossary's entries, import, proposals) as links: each section has its own URL, so
 * this is navigation marked with aria-current, not an ARIA tablist. Scrolls sideways inside itself on a phone.
 */
export function Tabs({ label, tabs, end }: { label: string; tabs: TabLink[]; end?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 border-b border-line">
      <nav aria-label={label} className="max-w-full overflow-x-auto">
        <ul className="flex gap-1">
          {tabs.map((tab) => (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={tab.isCurrent ? "page" : undefined}
                className={`inline-flex min-h-11 items-center gap-2 border-b-2 px-3 font-medium whitespace-nowrap ${
                  tab.isCurrent ? "border-accent text-ink" : "border-transparent text-accent hover:border-line-strong"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {end}
    </div>
  );
}
