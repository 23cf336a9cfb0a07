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
  if (occurrences.articles.length === 0)
    return <p className="text-stone-700 dark:text-stone-300">{t("occurrencesNone")}</p>;
  return (
    <>
      <p>{t("occurrencesTotal", { count: occurrences.total, articles: occurrences.articles.length })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("occurrencesCaption")}</caption>
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-700">
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
              <tr key={article.articleId} className="border-b border-stone-200 align-top dark:border-stone-800">
                <td className="py-2 pr-4">
                  <Link
                    href={`/articles/${article.slug}`}
                    lang={article.language}
                    className="text-blue-800 hover:underline dark:text-blue-300"
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
