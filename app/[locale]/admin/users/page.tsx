import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextField } from "@/components/ui/text-field";
import { toLocale } from "@/i18n/locales";
import { parsePageNumber } from "@/lib/paging/page-window";
import { listUsers } from "@/server/users/queries";
import { USER_SEARCH_MAX_LENGTH } from "@/server/users/schema";
import { refusedMetadata, requireViewer } from "../../_components/require-viewer";
import { Pagination } from "../_components/pagination";
import { UserRow } from "./_components/user-row";

const PAGE_SIZE = 20;

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users">): Promise<Metadata> {
  const refused = await refusedMetadata("user.list");
  if (refused) return refused;
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Metadata" });
  return { title: t("adminUsersTitle"), robots: { index: false } };
}

/** Admins only: search, page through and manage accounts. Search runs on the server (`?q=`). */
export default async function AdminUsersPage({ params, searchParams }: PageProps<"/[locale]/admin/users">) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireViewer("user.list", { locale, path: "/admin/users" });
  const { q, page } = await searchParams;
  const search = typeof q === "string" ? q.trim().slice(0, USER_SEARCH_MAX_LENGTH) : "";
  const [t, list] = await Promise.all([
    getTranslations("AdminUsers"),
    listUsers({ search: search || undefined, page: parsePageNumber(page), pageSize: PAGE_SIZE }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <form role="search" className="flex flex-wrap items-end gap-3">
        <TextField
          name="q"
          type="search"
          label={t("searchLabel")}
          defaultValue={search}
          maxLength={USER_SEARCH_MAX_LENGTH}
        />
        <button
          type="submit"
          className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 dark:bg-blue-700 dark:hover:bg-blue-600"
        >
          {t("search")}
        </button>
      </form>
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {search ? t("countMatching", { count: list.total, search }) : t("count", { count: list.total })}
      </p>
      {list.users.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("listCaption")}</caption>
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className="py-2 pr-4">
                  {t("columnName")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnEmail")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnRole")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columnStatus")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.users.map((user) => (
                <UserRow key={user.id} user={user} isViewer={user.id === viewer.id} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        pathname="/admin/users"
        page={list.page}
        pageCount={list.pageCount}
        query={search ? { q: search } : {}}
      />
    </div>
  );
}
