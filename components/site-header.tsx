import { Menu as MenuIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { buttonClasses } from "./ui/button";
import { Skeleton } from "./ui/skeleton";
import { Menu, menuItemClass } from "./ui/menu";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLink } from "./nav-link";

const barLinkClass =
  "inline-flex min-h-11 items-center rounded-md px-3 font-medium text-ink hover:bg-sunken aria-[current=page]:text-accent aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8";

/**
 * One row on every screen. From md up: the sections, the interface language and the account menu; on phones the
 * same links fold into one menu button, so the article starts right under the header. Role pages (term
 * candidates, users, audit log) live in the account menu: the bar stays one line in every locale.
 * `account` and `phoneAccount` read the session (app/[locale]/_components/viewer-nav.tsx), so they stream in
 * under Suspense and the rest of the header never waits for them.
 */
export async function SiteHeader({ account, phoneAccount }: { account: ReactNode; phoneAccount: ReactNode }) {
  const [t, glossaries] = await Promise.all([getTranslations("SiteHeader"), getTranslations("glossaries.nav")]);
  const sections = [
    { href: "/articles", label: t("library") },
    { href: "/glossaries", label: glossaries("link") },
  ];
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-2 sm:px-4">
        <Link
          href="/"
          className="mr-2 inline-flex min-h-11 items-center rounded-md px-2 text-xl font-semibold tracking-tight"
          aria-label={t("home")}
        >
          Parallel
        </Link>
        <nav aria-label={t("navigation")} className="hidden md:block">
          <ul className="flex items-center gap-1">
            {sections.map((section) => (
              <li key={section.href}>
                <NavLink href={section.href} className={barLinkClass}>
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto hidden items-center gap-3 md:flex">
          <Suspense>
            <LocaleSwitcher />
          </Suspense>
          <Suspense fallback={<Skeleton className="h-9 w-28" />}>{account}</Suspense>
        </div>
        <div className="ml-auto md:hidden">
          <Menu
            label={t("navigation")}
            trigger={<MenuIcon aria-hidden="true" size={24} />}
            triggerLabel={t("menu")}
            triggerClassName={buttonClasses({ variant: "ghost", className: "size-11 !px-0" })}
          >
            <ul>
              {sections.map((section) => (
                <li key={section.href}>
                  <NavLink href={section.href} className={menuItemClass}>
                    {section.label}
                  </NavLink>
                </li>
              ))}
            </ul>
            <div className="my-2 border-t border-line" />
            <Suspense>{phoneAccount}</Suspense>
            <div className="my-2 border-t border-line" />
            <div className="px-3 pb-2">
              <Suspense>
                <LocaleSwitcher />
              </Suspense>
            </div>
          </Menu>
        </div>
      </div>
    </header>
  );
}
