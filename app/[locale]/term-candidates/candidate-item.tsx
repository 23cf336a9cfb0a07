import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import type { TermCandidateView } from "@/server/glossaries/term-candidates";
import { CandidateActionButton } from "./candidate-action-button";

type Props = {
  rank: number;
  candidate: TermCandidateView;
  languageName: string;
  glossary: { slug: string; name: string } | null;
  headingId: string;
};

/**
 * One candidate: the phrase, how often and in how many articles it occurs, a sentence that shows it, the way to an
 * entry, and the way out of the list when it is no term.
 */
export function CandidateItem({ rank, candidate, languageName, glossary, headingId }: Props) {
  const t = useTranslations("termCandidates");
  const example = candidate.example;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:items-start"
    >
      <div className="min-w-0 flex-1 space-y-2">
        <h2 id={headingId} className="text-lg font-semibold break-words">
          <span className="mr-2 text-ink-muted tabular-nums">{t("rank", { rank })}</span>
          <span lang={candidate.language}>{candidate.text}</span>
        </h2>
        <p className="text-sm text-ink-muted">
          {t("stats", {
            language: languageName,
            kind: candidate.kind,
            count: candidate.count,
            articles: candidate.documents,
          })}
        </p>
        {example && (
          <figure className="space-y-1 text-sm">
            <blockquote lang={example.language} className="border-l-2 border-line pl-3">
              {example.text.slice(0, example.start)}
              <mark className="rounded bg-highlight px-0.5 text-ink">
                {example.text.slice(example.start, example.end)}
              </mark>
              {example.text.slice(example.end)}
            </blockquote>
            <figcaption className="text-ink-muted">
              {t.rich("exampleFrom", {
                title: example.articleTitle,
                link: (chunks) => (
                  <Link href={`/articles/${example.articleSlug}`} className="text-accent underline">
                    {chunks}
                  </Link>
                ),
              })}
            </figcaption>
          </figure>
        )}
      </div>
      <div className="flex shrink-0 flex-wrap items-start gap-2 self-start">
        {glossary && (
          <Link
            href={{
              pathname: `/glossaries/${glossary.slug}/entries/new`,
              query: { language: candidate.language, text: candidate.text },
            }}
            aria-label={t("startEntryLabel", { text: candidate.text, glossary: glossary.name })}
            className={buttonClasses()}
          >
            {t("startEntry")}
          </Link>
        )}
        <CandidateActionButton
          kind="dismiss"
          candidate={{ language: candidate.language, key: candidate.key, text: candidate.text }}
        />
      </div>
    </article>
  );
}
