import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { cache, Suspense } from "react";
import { OwnProposals } from "@/components/glossary/own-proposals";
import { locales, toLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { decide } from "@/lib/auth/permissions";
import { entryName } from "@/lib/glossary/entry-terms";
import { readFieldChanges } from "@/lib/glossary/read-field-changes";
import { languageName } from "@/lib/text/language-name";
import { getViewer } from "@/server/auth";
import { getConcept, getConceptHistory } from "@/server/glossaries/concepts/queries";
import { listPendingProposalsOf } from "@/server/glossaries/proposals/queries";
import { dateTimeFormat } from "../../_components/date-time";
import { orNotFound } from "../../../_components/or-not-found";
import { readGlossary } from "../../../_components/read-glossary";
import { EntryDefinitions } from "./_components/entry-definitions";
import { EntryHistory } from "./_components/entry-history";
import { EntryOccurrences } from "./_components/entry-occurrences";
import { EntryTerms } from "./_components/entry-terms";
import { ProposeTermForm } from "../../_components/propose-term-form";

type Props = PageProps<"/[locale]/glossaries/[slug]/entries/[conceptId]">;

/** The entry, only when it belongs to the glossary the URL names. */
const loadEntry = cache(async (slug: string, conceptId: string) => {
  const glossary = await readGlossary(slug);
  const entry = await orNotFound(getConcept(decodeURIComponent(conceptId)));
  if (entry.glossaryId !== glossary.id) notFound();
  return { glossary, entry };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, conceptId } = await params;
  const { glossary, entry } = await loadEntry(slug, conceptId);
  const t = await getTranslations({ locale: toLocale(locale), namespace: "glossaryEntry" });
  return {
    title: t("metaTitle", { term: entryName(entry.terms, locale)?.text ?? t("untitled"), glossary: glossary.name }),
  };
}

/** One entry for everyone: its terms, definitions, where they occur, its history; contributors propose translations. */
export default async function EntryPage({ params }: Props) {
  const { locale: rawLocale, slug, conceptId } = await params;
  const locale = toLocale(rawLocale);
  setRequestLocale(locale);
  const { glossary, entry } = await loadEntry(slug, conceptId);
  const viewer = await getViewer();
  const canEdit = decide(viewer, "concept.update").allowed;
  const canReview = decide(viewer, "proposal.review").allowed;
  const canPropose = decide(viewer, "term.propose").allowed;
  const [t, format, history, ownProposals] = await Promise.all([
    getTranslations("glossaryEntry"),
    getFormatter(),
    getConceptHistory(entry.id),
    viewer && canPropose
      ? listPendingProposalsOf({ authorId: viewer.id, glossaryId: glossary.id, conceptId: entry.id })
      : [],
  ]);
  const name = entryName(entry.terms, locale);
  const languages = new Set(entry.terms.map((term) => term.language));
  const dateTime = (value: Date) => format.dateTime(value, dateTimeFormat);
  // The glossary's languages and the interface languages, each named in the reader's language.
  const proposalLanguages = [...new Set([...glossary.languages, ...locales])]
    .map((code) => ({ code, name: languageName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const missing = [locale, ...glossary.languages].find((code) => !languages.has(code)) ?? locale;
  const entryPath = `/glossaries/${glossary.slug}/entries/${entry.id}`;

  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumbLabel")} className="text-sm">
        <ol className="flex flex-wrap gap-2 text-ink-muted">
          <li>
            <Link href={`/glossaries/${glossary.slug}`} className="text-accent hover:underline">
              {glossary.name}
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li aria-current="page">{name?.text ?? t("untitled")}</li>
        </ol>
      </nav>
      <header className="space-y-2">
        <h1 lang={name?.language} className="text-3xl font-semibold tracking-tight">
          {name?.text ?? t("untitled")}
        </h1>
        <p className="text-ink-muted">
          {[
            entry.subjectField && t("subjectField", { field: entry.subjectField }),
            t("summary", { terms: entry.terms.length, languages: languages.size }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {(canEdit || canReview) && (
          <p className="flex flex-wrap gap-3">
            {canEdit && (
              <Link
                href={{ pathname: `/glossaries/${glossary.slug}`, query: { edit: entry.id } }}
                className={actionLinkClass}
              >
                {t("edit")}
              </Link>
            )}
            {canReview && (
              <Link href={`/glossaries/${glossary.slug}/proposals`} className={actionLinkClass}>
                {t("reviewQueue")}
              </Link>
            )}
            {canReview && (
              <Link href="/term-candidates" className={actionLinkClass}>
                {t("termCandidates")}
              </Link>
            )}
          </p>
        )}
      </header>
      <EntryDefinitions entry={entry} />
      <EntryTerms terms={entry.terms} languageOrder={glossary.languages} />
      <section aria-labelledby="entry-occurrences" className="space-y-3">
        <h2 id="entry-occurrences" className="text-xl font-semibold">
          {t("occurrencesHeading")}
        </h2>
        <Suspense fallback={<p role="status">{t("occurrencesLoading")}</p>}>
          <EntryOccurrences conceptId={entry.id} />
        </Suspense>
      </section>
      <EntryHistory
        versions={history.map((version) => ({
          id: version.id,
          version: version.version,
          kind: version.kind,
          actor: version.actor?.name ?? null,
          at: version.createdAt.toISOString(),
          when: dateTime(version.createdAt),
          ...readFieldChanges(version.changes),
        }))}
      />
      <section aria-labelledby="entry-propose" className="space-y-4">
        <h2 id="entry-propose" className="text-xl font-semibold">
          {t("proposeHeading")}
        </h2>
        {canPropose ? (
          <>
            <p className="text-ink-muted">{t("proposeIntro")}</p>
            <ProposeTermForm
              glossaryId={glossary.id}
              conceptId={entry.id}
              languages={proposalLanguages}
              defaultLanguage={missing}
            />
            <p>
              {t.rich("proposeNewTerm", {
                link: (chunks) => (
                  <Link href={`/glossaries/${glossary.slug}/propose`} className="text-accent underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <OwnProposals
              heading={t("ownProposalsHeading")}
              proposals={ownProposals.map((proposal) => ({
                ...proposal,
                languageName: languageName(proposal.language, locale),
                when: dateTime(proposal.createdAt),
              }))}
            />
          </>
        ) : viewer ? (
          <p className="text-ink-muted">{t("proposeNeedsContributor")}</p>
        ) : (
          <p>
            {t.rich("proposeSignIn", {
              link: (chunks) => (
                <Link href={{ pathname: "/sign-in", query: { next: entryPath } }} className="text-accent underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </section>
    </div>
  );
}

const actionLinkClass = "rounded border border-line-strong px-3 py-1.5 text-sm font-medium text-accent hover:bg-sunken";
