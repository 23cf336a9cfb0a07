import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { toLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { decide } from "@/lib/auth/permissions";
import { entryQuery, firstValues, parseLeniently } from "@/lib/glossary/entry-query";
import { getViewer } from "@/server/auth";
import { knownError } from "@/server/errors";
import { getConcept, searchConcepts } from "@/server/glossaries/concepts/queries";
import { listGlossaryFacets } from "@/server/glossaries/queries";
import { searchConceptsSchema } from "@/server/glossaries/schema";
import { Pagination } from "@/components/ui/pagination";
import { entryItem, mergeValues, namedLanguages } from "../_components/entry-data";
import { EntryAnnouncer } from "../_components/entry-announcer";
import { EntryRow } from "../_components/entry-row";
import { EntryView } from "../_components/entry-view";
import { readGlossary } from "../_components/read-glossary";
import { EntryFilters } from "./_components/entry-filters";

export async function generateMetadata({ params }: PageProps<"/[locale]/glossaries/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const [glossary, t] = await Promise.all([
    readGlossary(slug),
    getTranslations({ locale: toLocale(locale), namespace: "glossaries.metadata" }),
  ]);
  return { title: t("entriesTitle", { name: glossary.name }) };
}

const filterKeys = ["text", "language", "status", "subjectField", "sort", "direction", "page", "pageSize"] as const;
const defaults = { sort: "updated", direction: "desc", page: 1, pageSize: 25 };

/** A glossary's entries: search, filters, sort and pages in the URL; editors edit and delete in place. */
export default async function GlossaryEntriesPage({ params, searchParams }: PageProps<"/[locale]/glossaries/[slug]">) {
  const { locale: rawLocale, slug } = await params;
  const locale = toLocale(rawLocale);
  setRequestLocale(locale);
  const glossary = await readGlossary(slug);
  const values = firstValues(await searchParams);
  const filters = Object.fromEntries(
    filterKeys.flatMap((key) => (values[key] === undefined ? [] : [[key, values[key]]])),
  );
  const { data: query, invalid } = parseLeniently(searchConceptsSchema, { ...filters, glossaryId: glossary.id });
  const [viewer, list, facets, t] = await Promise.all([
    getViewer(),
    searchConcepts(query),
    listGlossaryFacets(glossary.id),
    getTranslations("glossaries.entries"),
  ]);
  const canEdit = decide(viewer, "concept.update").allowed;
  const languages = namedLanguages(mergeValues(glossary.languages, facets.languages), locale);
  const subjectFields = mergeValues(glossary.subjectFields, facets.subjectFields);
  const entries = list.entries.map(entryItem);
  const pinned =
    canEdit && values.edit && !entries.some((entry) => entry.editable.id === values.edit)
      ? await findEntry(glossary.id, values.edit)
      : null;
  const created = values.created
    ? (entries.find((entry) => entry.editable.id === values.created) ?? (await findEntry(glossary.id, values.created)))
    : null;
  const hasFilters = Boolean(query.text || query.language || query.status || query.subjectField);
  const current = {
    text: query.text,
    language: query.language,
    status: query.status,
    subjectField: query.subjectField,
    sort: query.sort,
    direction: query.direction,
    pageSize: query.pageSize,
  };
  const row = (entry: ReturnType<typeof entryItem>) => (
    <EntryRow
      entry={entry.editable}
      canEdit={canEdit}
      isInitiallyEditing={values.edit === entry.editable.id}
      subjectFields={subjectFields}
      languages={languages}
    >
      <EntryView
        slug={glossary.slug}
        conceptId={entry.editable.id}
        concept={entry.concept}
        languageOrder={glossary.languages}
      />
    </EntryRow>
  );
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-2xl font-semibold">{t("heading")}</h2>
        {canEdit && (
          <Link href={`/glossaries/${glossary.slug}/entries/new`} className={buttonClasses()}>
            {t("newEntry")}
          </Link>
        )}
      </div>
      <EntryFilters
        slug={glossary.slug}
        values={query}
        languages={languages}
        subjectFields={subjectFields}
        hasFilters={hasFilters}
      />
      {invalid.length > 0 && <p className="text-sm text-warning">{t("invalidFilters")}</p>}
      <EntryAnnouncer initialMessage={created ? t("created", { term: created.editable.label }) : ""}>
        {pinned && (
          <section aria-label={t("pinned")} className="space-y-2">
            {row(pinned)}
          </section>
        )}
        <p className="text-sm text-ink-muted">
          {hasFilters ? t("countMatching", { count: list.total }) : t("count", { count: list.total })}
          {list.pageCount > 1 &&
            ` · ${t("range", { first: list.skip + 1, last: list.skip + entries.length, total: list.total })}`}
        </p>
        {entries.length === 0 ? (
          <p className="rounded border border-dashed border-line-strong p-6 text-center">
            {hasFilters ? t("noResults") : canEdit ? t("emptyEditor") : t("empty")}
          </p>
        ) : (
          <ol aria-label={t("listLabel")} className="space-y-3">
            {entries.map((entry) => (
              <li key={entry.editable.id}>{row(entry)}</li>
            ))}
          </ol>
        )}
      </EntryAnnouncer>
      <Pagination
        pathname={`/glossaries/${glossary.slug}`}
        page={list.page}
        pageCount={list.pageCount}
        query={entryQuery(current, {}, defaults)}
      />
    </div>
  );
}

/** An entry of this glossary by id, or null (another glossary's, deleted, or never there). */
async function findEntry(glossaryId: string, conceptId: string) {
  if (conceptId.length > 64) return null;
  try {
    const row = await getConcept(conceptId);
    return row.glossaryId === glossaryId ? entryItem(row) : null;
  } catch (error) {
    if (knownError(error)?.code === "NOT_FOUND") return null;
    throw error;
  }
}
