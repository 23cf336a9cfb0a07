import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { languageName } from "@/lib/text/language-name";
import { getConceptOccurrences } from "@/server/glossaries/occurrences";

/** Where the entry's terms occur: a scan of every article, so it streams in after the rest of the page. */
export async function EntryOccurrences({ conceptId }: { conceptId: string }) {
  const [t, locale, occurrences] = await Promise.all([
    getTranslations("glossaryEntry"),
    getLocale(),
    getConceptOccurrences(conceptId),
  ]);
  if (occurrences.articles.length === 0) return <p className="text-ink-muted">{t("occurrencesNone")}</p>;
  return (
    <>
      <p>{t("occurrencesTotal", { count: occurrences.total, articles: occurrences.articles.length })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("occurrencesCaption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">
                {t("columnArticle")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columnLanguage")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("columnCount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {occurrences.articles.map((article) => (
              <tr key={article.articleId} className="border-b border-line align-top">
                <td className="py-2 pr-4">
                  <Link
                    href={`/articles/${article.slug}`}
                    lang={article.language}
                    className="text-accent hover:underline"
                  >
                    {article.title}
                  </Link>
                </td>
                <td className="py-2 pr-4">{languageName(article.language, locale)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{article.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
