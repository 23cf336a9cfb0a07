import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

type Props = {
  /** A path without the locale: "/admin/users", "/glossaries/central-asia". */
  pathname: string;
  page: number;
  pageCount: number;
  /** The list's other query parameters, kept from page to page. */
  query?: Record<string, string>;
};

const linkClass =
  "rounded border border-stone-400 px-3 py-1 text-blue-800 hover:bg-stone-100 dark:border-stone-600 dark:text-blue-300 dark:hover:bg-stone-800";

/** Previous and next links of a numbered list; nothing when there is one page. */
export function Pagination({ pathname, page, pageCount, query = {} }: Props) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => ({ pathname, query: { ...query, page: String(target) } });
  return (
    <nav aria-label={t("label")} className="flex items-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      )}
      <span className="text-sm">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
