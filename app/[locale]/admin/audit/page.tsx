import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { Table, Th } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import { parsePageNumber } from "@/lib/paging/page-window";
import { listAuditEntries } from "@/server/audit/queries";
import { refusedMetadata, requireViewer } from "../../_components/require-viewer";
import { AuditEntryRow } from "./audit-entry-row";

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">): Promise<Metadata> {
  const refused = await refusedMetadata("auditLog.read");
  if (refused) return refused;
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Metadata" });
  return { title: t("auditLogTitle"), robots: { index: false } };
}

/** Admins only: the audit log, newest first. */
export default async function AuditLogPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  await requireViewer("auditLog.read", { locale, path: "/admin/audit" });
  const [t, format, log] = await Promise.all([
    getTranslations("AuditLog"),
    getFormatter(),
    listAuditEntries({ page: parsePageNumber((await searchParams).page), pageSize: PAGE_SIZE }),
  ]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="text-ink-muted">{t("intro")}</p>
      </div>
      <p role="status" className="text-sm text-ink-muted">
        {t("count", { count: log.total })}
      </p>
      {log.entries.length > 0 && (
        <Table label={t("listCaption")}>
          <thead>
            <tr>
              <Th>{t("columnWhen")}</Th>
              <Th>{t("columnWho")}</Th>
              <Th>{t("columnWhat")}</Th>
              <Th>{t("columnTarget")}</Th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((entry) => (
              <AuditEntryRow
                key={entry.id}
                entry={entry}
                // Audit times are instants: shown with the time zone, so admins in several zones agree.
                when={format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "long" })}
              />
            ))}
          </tbody>
        </Table>
      )}
      <Pagination pathname="/admin/audit" page={log.page} pageCount={log.pageCount} />
    </div>
  );
}
