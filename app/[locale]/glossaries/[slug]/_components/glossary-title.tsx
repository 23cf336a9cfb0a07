"use client";
// The glossary's name above every page of the glossary. On the entries page it is the page's heading, with the
// glossary's description and controls; the other pages (an entry, import, proposals) have a heading of their own
// and a page has one h1, so there the name is a compact link back, and the details stay out of the way on a phone.
import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

export function GlossaryTitle({ name, slug }: { name: string; slug: string }) {
  if (useSelectedLayoutSegment() === null) return <h1 className="text-3xl font-semibold tracking-tight">{name}</h1>;
  return (
    <p className="text-xl font-semibold tracking-tight">
      <Link href={`/glossaries/${slug}`} className="hover:underline">
        {name}
      </Link>
    </p>
  );
}

/** What only the entries page shows under the name: the description, the languages, publish and delete. */
export function OnEntriesPage({ children }: { children: ReactNode }) {
  return useSelectedLayoutSegment() === null ? children : null;
}
