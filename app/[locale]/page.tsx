import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { brandedTitle, localeAlternates } from "@/i18n/metadata";
import { LibraryPage } from "./library-page";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "Metadata" });
  return { title: { absolute: brandedTitle(t("libraryTitle"), t("siteName")) }, alternates: localeAlternates("/") };
}

export default async function HomePage({ params, searchParams }: PageProps<"/[locale]">) {
  setRequestLocale(toLocale((await params).locale));
  return <LibraryPage searchParams={searchParams} />;
}
