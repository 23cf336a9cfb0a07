import type { ReactNode } from "react";

type Props = {
  /** The toolbar's name ("Reading view"): its group label, and the phone button's name. */
  label: string;
  /** What the phone button shows: the current settings in a few words, so they are known without opening it. */
  summary: ReactNode;
  /** The phone button's icon. */
  icon: ReactNode;
  /** The sheet's close button name, already translated. */
  closeLabel: string;
  children: ReactNode;
};

/**
 * A row of view controls on wider screens that folds into one button and a bottom sheet on phones. The controls
 * are rendered once: the panel is an HTML popover that CSS shows inline from the md breakpoint, and that the phone
 * button opens as a sheet below it (works without JavaScript too). A labelled group rather than an ARIA toolbar:
 * it holds selects and radio groups, whose own arrow keys a toolbar's roving focus would fight.
 */
export function Toolbar({ label, summary, icon, closeLabel, children }: Props) {
  const id = "toolbar-" + label.replace(/\W+/g, "-").toLowerCase();
  return (
    <div className="rounded-lg border border-line bg-surface">
      <button
        type="button"
        popoverTarget={id}
        className="flex min-h-11 w-full items-center gap-3 px-3 text-left md:hidden"
      >
        <span aria-hidden="true" className="text-ink-muted">
          {icon}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block text-sm font-semibold">{label}</span>
          <span className="block truncate text-sm text-ink-muted">{summary}</span>
        </span>
      </button>
      <div
        id={id}
        popover="auto"
        role="group"
        aria-label={label}
        className={
          // Phone: a bottom sheet in the top layer. md and up: an inline row, whatever its popover state.
          "inset-auto bottom-0 left-0 m-0 max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-xl border-t border-line bg-surface p-4 text-ink shadow-xl backdrop:bg-stone-950/40 " +
          "md:static md:flex md:max-h-none md:flex-wrap md:items-end md:gap-x-6 md:gap-y-3 md:overflow-visible md:rounded-lg md:border-0 md:p-3 md:shadow-none"
        }
      >
        <div className="mb-3 flex items-center justify-between md:hidden">
          <p className="text-lg font-semibold">{label}</p>
          <button
            type="button"
            popoverTarget={id}
            popoverTargetAction="hide"
            className="min-h-11 rounded-md px-3 text-accent hover:bg-sunken"
          >
            {closeLabel}
          </button>
        </div>
        <div className="flex flex-col gap-5 md:contents">{children}</div>
      </div>
    </div>
  );
}
