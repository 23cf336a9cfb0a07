import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { buttonClasses } from "./button";

type Props = {
  /** A path without the locale: "/admin/users", "/glossaries/central-asia". */
  pathname: string;
  page: number;
  pageCount: number;
  /** The list's other query parameters, kept from page to page. */
  query?: Record<string, string>;
};

/** Previous and next links of a numbered list, and where the reader is; nothing when there is one page. */
export function Pagination({ pathname, page, pageCount, query = {} }: Props) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => ({ pathname, query: { ...query, page: String(target) } });
  const linkClass = buttonClasses({ variant: "secondary", size: "sm" });
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      )}
      <span className="text-sm text-ink-muted">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
