"use client";
// The glossary's name above every page of the glossary. It is the page's heading on the entries page only: the
// other pages (an entry, import, proposals) have a heading of their own, and a page has one h1.
import { useSelectedLayoutSegment } from "next/navigation";

export function GlossaryTitle({ name }: { name: string }) {
  const isEntriesPage = useSelectedLayoutSegment() === null;
  const Heading = isEntriesPage ? "h1" : "p";
  return <Heading className="text-3xl font-semibold tracking-tight">{name}</Heading>;
}
