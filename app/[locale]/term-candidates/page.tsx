import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { toLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { languageName } from "@/lib/text/language-name";
import { listGlossaries } from "@/server/glossaries/queries";
import { listDismissedTermCandidates } from "@/server/glossaries/candidates/queries";
import { getTermCandidates } from "@/server/glossaries/term-candidates";
import { refusedMetadata, requireViewer } from "../_components/require-viewer";
import { CandidateItem } from "./candidate-item";
import { DismissedCandidates } from "./dismissed-candidates";

type Props = PageProps<"/[locale]/term-candidates">;

const filtersSchema = z.object({
  glossary: z.string().max(200).optional().catch(undefined),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional()
    .catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const refused = await refusedMetadata("concept.create");
  if (refused) return refused;
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "termCandidates" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Editors: recurring names and phrases of the articles that no glossary has yet, each one click from a new entry. */
export default async function TermCandidatesPage({ params, searchParams }: Props) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  await requireViewer("concept.create", { locale, path: "/term-candidates" });
  const raw = await searchParams;
  const filters = filtersSchema.parse({ glossary: first(raw.glossary), language: first(raw.language) });
  const [t, glossaries, candidates, dismissed] = await Promise.all([
    getTranslations("termCandidates"),
    // Editors only (requireViewer above): drafts are theirs to fill too.
    listGlossaries({ includeDrafts: true }),
    getTermCandidates(),
    listDismissedTermCandidates(),
  ]);
  const glossary = glossaries.find((item) => item.slug === filters.glossary) ?? glossaries[0];
  const languages = [...new Set(candidates.map((candidate) => candidate.language))]
    .map((code) => ({ code, name: languageName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const language = languages.some((item) => item.code === filters.language) ? filters.language : undefined;
  const shown = language ? candidates.filter((candidate) => candidate.language === language) : candidates;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </div>
      {glossaries.length === 0 ? (
        <p className="rounded border border-warning bg-warning-soft p-3 text-warning">
          {t.rich("noGlossaries", {
            link: (chunks) => (
              <Link href="/glossaries" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <form className="flex flex-wrap items-end gap-3" aria-label={t("filtersLabel")}>
          {/* Bounded: a long glossary name would otherwise widen the select, and the page, past a phone's width. */}
          <div className="max-w-full min-w-0">
            <SelectField
              className="w-full max-w-full"
              name="glossary"
              label={t("glossaryLabel")}
              hint={t("glossaryHint")}
              defaultValue={glossary?.slug}
            >
              {glossaries.map((item) => (
                <option key={item.id} value={item.slug}>
                  {item.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="max-w-full min-w-0">
            <SelectField
              className="w-full max-w-full"
              name="language"
              label={t("languageLabel")}
              defaultValue={language ?? ""}
            >
              <option value="">{t("allLanguages")}</option>
              {languages.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name}
                </option>
              ))}
            </SelectField>
          </div>
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
        </form>
      )}
      <p role="status" className="text-ink-muted">
        {t("count", { count: shown.length })}
      </p>
      {shown.length > 0 && (
        <ol className="space-y-3">
          {shown.map((candidate, index) => (
            <li key={`${candidate.language}:${candidate.text}`}>
              <CandidateItem
                rank={candidates.indexOf(candidate) + 1}
                candidate={candidate}
                languageName={languageName(candidate.language, locale)}
                glossary={glossary ? { slug: glossary.slug, name: glossary.name } : null}
                headingId={`candidate-${index}`}
              />
            </li>
          ))}
        </ol>
      )}
      <DismissedCandidates dismissed={dismissed} languageName={(code) => languageName(code, locale)} />
    </div>
  );
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
