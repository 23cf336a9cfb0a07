import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { localeAlternates } from "@/i18n/metadata";
import { LibraryPage } from "../library-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/articles">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: "Metadata" });
  return { title: t("libraryTitle"), alternates: localeAlternates("/articles") };
}

export default async function ArticlesPage({ params, searchParams }: PageProps<"/[locale]/articles">) {
  setRequestLocale(toLocale((await params).locale));
  return <LibraryPage searchParams={searchParams} />;
}
