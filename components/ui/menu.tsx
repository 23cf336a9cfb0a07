"use client";

import type { ReactNode } from "react";
import { Popover } from "./popover";

type Props = {
  trigger: ReactNode;
  triggerLabel?: string;
  triggerClassName: string;
  /** The menu's name for screen readers ("Main menu"). */
  label: string;
  /** Links and buttons; each closes the menu when chosen. */
  children: ReactNode;
  align?: "start" | "end";
};

/**
 * A button that shows a list of links and actions (the header's menu on phones, an account menu). Built as a
 * disclosure of navigation, the pattern the ARIA guide recommends for site menus, not role="menu" (which
 * promises application-style arrow-key behaviour that links do not have).
 */
export function Menu({ trigger, triggerLabel, triggerClassName, label, children, align = "end" }: Props) {
  return (
    <Popover
      trigger={trigger}
      triggerLabel={triggerLabel}
      triggerClassName={triggerClassName}
      align={align}
      panelClassName="min-w-56"
    >
      <nav
        aria-label={label}
        // A chosen link navigates inside the app: the menu would otherwise stay open over the next page.
        onClick={(event) => {
          if ((event.target as Element).closest("a, button"))
            event.currentTarget.closest<HTMLElement>("[popover]")?.hidePopover();
        }}
      >
        {children}
      </nav>
    </Popover>
  );
}

/** The look of one row of a Menu (a link or a button). */
export const menuItemClass =
  "flex min-h-11 w-full items-center gap-3 rounded-md px-3 text-left text-ink hover:bg-sunken aria-[current=page]:font-semibold aria-[current=page]:text-accent";
