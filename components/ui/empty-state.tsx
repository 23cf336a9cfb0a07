import type { ReactNode } from "react";

type Props = {
  title: string;
  /** The heading level that fits where the empty state stands in the page's outline. */
  headingLevel?: 2 | 3;
  icon?: ReactNode;
  children?: ReactNode;
  /** What to do about it: a link or a button. */
  action?: ReactNode;
};

/** Says that there is nothing here yet, why, and what can be done, instead of leaving a blank. */
export function EmptyState({ title, headingLevel = 2, icon, children, action }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-line-strong bg-surface px-6 py-10 text-center">
      {icon && (
        <span aria-hidden="true" className="text-ink-muted">
          {icon}
        </span>
      )}
      <Heading className="text-lg font-semibold">{title}</Heading>
      {children && <div className="max-w-prose text-ink-muted">{children}</div>}
      {action}
    </div>
  );
}
