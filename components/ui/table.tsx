import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A data table that scrolls sideways inside its own frame when it is wider than the screen, so the page never
 * does. The frame is focusable (with a name) so keyboard users can scroll it too.
 */
export function Table({ caption, children, label }: { caption?: ReactNode; label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg border border-line"
    >
      <table className="w-full border-collapse bg-surface text-left text-sm">
        {/* Without a visible caption the label still names the table itself, for screen readers' table lists. */}
        <caption className={caption ? "px-3 py-2 text-left font-semibold" : "sr-only"}>{caption ?? label}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...cell }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`border-b border-line bg-sunken px-3 py-2 font-semibold whitespace-nowrap ${className}`}
      {...cell}
    />
  );
}

export function Td({ className = "", ...cell }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border-b border-line px-3 py-2 align-top ${className}`} {...cell} />;
}
