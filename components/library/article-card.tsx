import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ArticleSummary } from "@/lib/library/article-summary";
import { languageName } from "@/lib/text/language-name";

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const t = useTranslations("Library");
  const format = useFormatter();
  const locale = useLocale();
  const progress = Object.entries(article.translations).sort(([a], [b]) => a.localeCompare(b));
  return (
    <article
      lang={article.language}
      className="flex h-full flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 className="text-lg leading-snug font-semibold">
        <Link href={`/articles/${article.slug}`} className="text-blue-800 hover:underline dark:text-blue-300">
          {article.title}
        </Link>
      </h2>
      <dl
        lang={locale}
        className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-stone-700 dark:text-stone-300"
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
        <p className="text-stone-700 dark:text-stone-300">{t("segments", { count: article.segmentCount })}</p>
        <p className="font-medium">{t("progressHeading")}</p>
        {progress.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t("noTranslations")}</p>
        ) : (
          <ul className="space-y-1">
            {progress.map(([language, { translated, approved }]) => (
              <li key={language} className="flex items-center gap-2">
                <progress
                  value={translated}
                  max={article.segmentCount}
                  className="h-2 w-24 accent-blue-800"
                  aria-label={languageName(language, locale)}
                />
                <span>
                  {t("progress", {
                    language: languageName(language, locale),
                    translated,
                    total: article.segmentCount,
                    approved,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
