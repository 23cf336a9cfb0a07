import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { toLocale } from "@/i18n/locales";
import { emptyTermDraft } from "@/lib/glossary/concept-draft";
import { firstValues, parseLeniently } from "@/lib/glossary/entry-query";
import { languageTagSchema } from "@/lib/validation/language-tag";
import { listGlossaryFacets } from "@/server/glossaries/queries";
import { refusedMetadata, requireViewer } from "../../../../_components/require-viewer";
import { mergeValues, namedLanguages } from "../../../_components/entry-data";
import { readGlossary } from "../../../_components/read-glossary";
import { NewEntryForm } from "./new-entry-form";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/glossaries/[slug]/entries/new">): Promise<Metadata> {
  const refused = await refusedMetadata("concept.create");
  if (refused) return refused;
  const { locale, slug } = await params;
  const [glossary, t] = await Promise.all([
    readGlossary(slug),
    getTranslations({ locale: toLocale(locale), namespace: "glossaries.metadata" }),
  ]);
  return { title: t("newEntryTitle", { name: glossary.name }), robots: { index: false } };
}

/** A term candidate's link brings its language and text (`?language=fr&text=Asie centrale`). */
const prefillSchema = z.object({
  language: languageTagSchema.optional(),
  text: z.string().trim().min(1).max(500).optional(),
});

/** Editors only: a new entry, prefilled with one term from the query when it is valid. */
export default async function NewEntryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/glossaries/[slug]/entries/new">) {
  const { locale: rawLocale, slug } = await params;
  const locale = toLocale(rawLocale);
  setRequestLocale(locale);
  const glossary = await readGlossary(slug);
  const { data: prefill, invalid } = parseLeniently(prefillSchema, firstValues(await searchParams));
  const query = new URLSearchParams(
    Object.entries(prefill).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  await requireViewer("concept.create", {
    locale,
    path: `/glossaries/${glossary.slug}/entries/new${query.size ? `?${query}` : ""}`,
  });
  const [t, facets] = await Promise.all([getTranslations("glossaries.newEntry"), listGlossaryFacets(glossary.id)]);
  const languages = mergeValues(glossary.languages, facets.languages);
  const initial = {
    subjectField: "",
    definition: "",
    note: "",
    terms: [emptyTermDraft("new-0", prefill.language ?? languages[0] ?? "", prefill.text ?? "")],
  };
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      {invalid.length > 0 && <p className="text-sm text-warning">{t("invalidPrefill")}</p>}
      <NewEntryForm
        glossary={{ id: glossary.id, slug: glossary.slug }}
        initial={initial}
        subjectFields={mergeValues(glossary.subjectFields, facets.subjectFields)}
        languages={namedLanguages(languages, locale)}
      />
    </div>
  );
}
