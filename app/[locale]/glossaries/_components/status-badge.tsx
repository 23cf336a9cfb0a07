import { useTranslations } from "next-intl";
import type { TermStatus } from "@/lib/glossary/types";

// Text and border carry the status too, so it never rests on color alone.
const statusClass: Record<TermStatus, string> = {
  preferred: "border-success bg-success-soft text-green-900 dark:text-green-100",
  admitted: "border-accent bg-accent-soft text-blue-900 dark:text-blue-100",
  deprecated: "border-warning bg-warning-soft text-warning",
  superseded: "border-stone-500 bg-sunken text-ink dark:border-stone-400",
  forbidden: "border-danger bg-danger-soft text-red-900 dark:text-red-100",
};

/** A term's status as a small localized label. */
export function StatusBadge({ status }: { status: TermStatus }) {
  const statusName = useTranslations("glossaries.status");
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${statusClass[status]}`}>
      {statusName(status)}
    </span>
  );
}
