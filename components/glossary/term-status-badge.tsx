import type { TermStatus } from "@/lib/glossary/types";

// Colour only repeats what the label says; each pair keeps 4.5:1 contrast in light and dark mode.
const styles: Record<TermStatus, string> = {
  preferred: "border-success bg-success-soft text-green-900 dark:text-green-100",
  admitted: "border-accent bg-accent-soft text-blue-900 dark:text-blue-100",
  deprecated: "border-warning bg-warning-soft text-warning",
  superseded: "border-stone-500 bg-sunken text-ink dark:border-stone-400",
  forbidden: "border-danger bg-danger-soft text-red-900 dark:text-red-100",
};

/** A term's status as a small labelled badge; `label` is the translated status name. */
export function TermStatusBadge({ status, label }: { status: TermStatus; label: string }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${styles[status]}`}>
      {label}
    </span>
  );
}
