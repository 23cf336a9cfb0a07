import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { toLocale } from "@/i18n/locales";
import { parsePageNumber } from "@/lib/paging/page-window";
import { listUsers } from "@/server/users/queries";
import { USER_SEARCH_MAX_LENGTH } from "@/server/users/schema";
import { refusedMetadata, requireViewer } from "../../_components/require-viewer";
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
        <Button type="submit">{t("search")}</Button>
      </form>
      <p role="status" className="text-sm text-ink-muted">
        {search ? t("countMatching", { count: list.total, search }) : t("count", { count: list.total })}
      </p>
      {list.users.length > 0 && (
        <Table label={t("listCaption")} caption={<span className="sr-only">{t("listCaption")}</span>}>
          <thead>
            <tr>
              <Th>{t("columnName")}</Th>
              <Th>{t("columnEmail")}</Th>
              <Th>{t("columnRole")}</Th>
              <Th>{t("columnStatus")}</Th>
            </tr>
          </thead>
          <tbody>
            {list.users.map((user) => (
              <UserRow key={user.id} user={user} isViewer={user.id === viewer.id} />
            ))}
          </tbody>
        </Table>
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
