import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * Gives the client components below it every message, for the editing sections (i18n/client-messages.ts): the root
 * layout sends only the shared namespaces. Locale, time zone and formats are inherited from the request.
 */
export async function FullCatalogue({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={await getMessages()}>{children}</NextIntlClientProvider>;
}
