import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ArticleSummary } from "@/lib/library/article-summary";
import { detectLanguage } from "@/lib/language/detect-language";
import { languageName } from "@/lib/text/language-name";

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const t = useTranslations("Library");
  const format = useFormatter();
  const locale = useLocale();
  // An aggregator can put a Chinese headline over an English summary: the title gets its own language.
  const titleLanguage = detectLanguage(article.title, { fallback: article.language });
  const progress = Object.entries(article.translations).sort(([a], [b]) => a.localeCompare(b));
  return (
    <article
      lang={article.language}
      className="flex h-full min-w-0 flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm"
    >
      <h2 lang={titleLanguage} className="text-lg leading-snug font-semibold [overflow-wrap:anywhere]">
        <Link href={`/articles/${article.slug}`} className="text-accent hover:underline">
          {article.title}
        </Link>
      </h2>
      <dl
        lang={locale}
        className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere] text-ink-muted"
      >
        <dt className="font-medium">{t("language")}</dt>
        <dd>{languageName(article.language, locale)}</dd>
        {article.source && (
          <>
            <dt className="font-medium">{t("source")}</dt>
            <dd lang={article.language}>{article.source}</dd>
          </>
        )}
        {article.author && (
          <>
            <dt className="font-medium">{t("author")}</dt>
            <dd lang={article.language}>{article.author}</dd>
          </>
        )}
        {article.publishedAt && (
          <>
            <dt className="font-medium">{t("published")}</dt>
            <dd>
              <time dateTime={article.publishedAt.toISOString()}>
                {format.dateTime(article.publishedAt, { dateStyle: "long" })}
              </time>
            </dd>
          </>
        )}
      </dl>
      <div lang={locale} className="mt-auto space-y-1 text-sm">
        <p className="text-ink-muted">{t("segments", { count: article.segmentCount })}</p>
        <p className="font-medium">{t("progressHeading")}</p>
        {progress.length === 0 ? (
          <p className="text-ink-muted">{t("noTranslations")}</p>
        ) : (
          <ul className="space-y-1">
            {progress.map(([language, { translated, approved }]) => (
              <li key={language} className="flex items-center gap-2">
                <progress
                  value={translated}
                  max={article.segmentCount}
                  className="h-2 w-24 shrink-0 accent-accent"
                  aria-label={languageName(language, locale)}
                />
                <span>
                  {t("progress", {
                    language: languageName(language, locale),
                    translated,
                    total: article.segmentCount,
                  })}
                  {approved > 0 && <span className="text-ink-muted"> · {t("approved", { approved })}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
