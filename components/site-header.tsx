import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";

/**
 * `account` is the signed-in corner (app/[locale]/_components/viewer-nav.tsx): it reads the
 * session, so it streams in under Suspense and the rest of the header never waits for it.
 */
export async function SiteHeader({ account }: { account?: ReactNode }) {
  const [t, glossaries] = await Promise.all([getTranslations("SiteHeader"), getTranslations("glossaries.nav")]);
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="text-xl font-semibold tracking-tight text-stone-900 dark:text-stone-50"
          aria-label={t("home")}
        >
          Parallel
        </Link>
        <nav aria-label={t("navigation")} className="flex flex-wrap items-center gap-4">
          <Link href="/articles" className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
            {t("library")}
          </Link>
          <Link href="/glossaries" className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
            {glossaries("link")}
          </Link>
          <Suspense>
            <LocaleSwitcher />
          </Suspense>
          <Suspense>{account}</Suspense>
        </nav>
      </div>
    </header>
  );
}
