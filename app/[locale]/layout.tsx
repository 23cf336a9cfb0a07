import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/site-header";
import { ToastProvider } from "@/components/ui/toast";
import { pickNamespaces, sharedClientNamespaces } from "@/i18n/client-messages";
import { localeInfo } from "@/i18n/locales";
import { titleTemplate } from "@/i18n/metadata";
import { routing } from "@/i18n/routing";
import { ViewerNav } from "./_components/viewer-nav";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : "en",
    namespace: "Metadata",
  });
  return {
    title: { template: titleTemplate(t("siteName")), default: t("siteName") },
    description: t("description"),
    metadataBase: new URL(process.env.PUBLIC_URL ?? "http://localhost:3000"),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Common");
  const { htmlLang, dir } = localeInfo[locale];
  return (
    <html lang={htmlLang} dir={dir}>
      <body className="min-h-screen bg-canvas text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2 focus:text-accent"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={pickNamespaces(await getMessages(), sharedClientNamespaces)}>
          <ToastProvider>
            <SiteHeader account={<ViewerNav placement="bar" />} phoneAccount={<ViewerNav placement="menu" />} />
            <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none sm:px-6">
              {children}
            </main>
          </ToastProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
