import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { readGlossary } from "../../_components/read-glossary";
import { refusedMetadata, requireViewer } from "../../../_components/require-viewer";
import { ExportLinks } from "./_components/export-links";
import { ImportForm } from "./_components/import-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/glossaries/[slug]/import">): Promise<Metadata> {
  const refused = await refusedMetadata("glossary.import");
  if (refused) return refused;
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "GlossaryImport" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Editors only: upload a TBX or CSV file, map CSV columns, preview what the import will do, confirm. */
export default async function GlossaryImportPage({ params }: PageProps<"/[locale]/glossaries/[slug]/import">) {
  const { locale: rawLocale, slug } = await params;
  const locale = toLocale(rawLocale);
  setRequestLocale(locale);
  await requireViewer("glossary.import", { locale, path: `/glossaries/${encodeURIComponent(slug)}/import` });
  const [t, glossary] = await Promise.all([getTranslations("GlossaryImport"), readGlossary(slug)]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading", { name: glossary.name })}</h1>
        <p className="text-ink-muted">{t("intro")}</p>
      </div>
      <ImportForm glossary={{ id: glossary.id, slug: glossary.slug, languages: glossary.languages }} />
      <ExportLinks slug={glossary.slug} />
    </div>
  );
}
