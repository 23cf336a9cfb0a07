import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
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
      <Table label={t("occurrencesCaption")}>
        <thead>
          <tr>
            <Th>{t("columnArticle")}</Th>
            <Th>{t("columnLanguage")}</Th>
            <Th className="text-right">{t("columnCount")}</Th>
          </tr>
        </thead>
        <tbody>
          {occurrences.articles.map((article) => (
            <tr key={article.articleId}>
              <Td>
                <Link
                  href={`/articles/${article.slug}`}
                  lang={article.language}
                  className="text-accent hover:underline"
                >
                  {article.title}
                </Link>
              </Td>
              <Td>{languageName(article.language, locale)}</Td>
              <Td className="text-right tabular-nums">{article.count}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
