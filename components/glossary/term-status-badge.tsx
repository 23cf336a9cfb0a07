import type { TermStatus } from "@/lib/glossary/types";

// Colour only repeats what the label says; each pair keeps 4.5:1 contrast in light and dark mode.
const styles: Record<TermStatus, string> = {
  preferred: "border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100",
  admitted: "border-blue-700 bg-blue-50 text-blue-900 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-100",
  deprecated: "border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  superseded:
    "border-stone-500 bg-stone-100 text-stone-800 dark:border-stone-400 dark:bg-stone-800 dark:text-stone-100",
  forbidden: "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
};

/** A term's status as a small labelled badge; `label` is the translated status name. */
export function TermStatusBadge({ status, label }: { status: TermStatus; label: string }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${styles[status]}`}>
      {label}
    </span>
  );
}
