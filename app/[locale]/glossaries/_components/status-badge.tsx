import { useTranslations } from "next-intl";
import type { TermStatus } from "@/lib/glossary/types";

// Text and border carry the status too, so it never rests on color alone.
const statusClass: Record<TermStatus, string> = {
  preferred: "border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100",
  admitted: "border-blue-700 bg-blue-50 text-blue-900 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-100",
  deprecated: "border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  superseded:
    "border-stone-500 bg-stone-100 text-stone-800 dark:border-stone-400 dark:bg-stone-800 dark:text-stone-100",
  forbidden: "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
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
