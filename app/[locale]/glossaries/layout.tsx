import type { ReactNode } from "react";
import { FullCatalogue } from "@/components/full-catalogue";

/** This section's client components use many namespaces: they get the whole catalogue (i18n/client-messages.ts). */
export default function SectionLayout({ children }: { children: ReactNode }) {
  return <FullCatalogue>{children}</FullCatalogue>;
}
