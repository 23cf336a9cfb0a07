"use client";

import type { ReactNode } from "react";
import { Link, usePathname } from "@/i18n/navigation";

/** A header link that says, to screen readers and by its underline, which section the page belongs to. */
export function NavLink({ href, children, className }: { href: string; children: ReactNode; className: string }) {
  const pathname = usePathname();
  const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={isCurrent ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
