import { getLocale, getTranslations } from "next-intl/server";
import { ArticleCard } from "@/components/library/article-card";
import { LanguageFilter } from "@/components/library/language-filter";
import { EmptyState } from "@/components/ui/empty-state";
import { languageName } from "@/lib/text/language-name";
import { listArticles, listLanguagesOfArticles } from "@/server/articles/queries";

/** The library, shared by `/{locale}` and `/{locale}/articles`. */
export async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ language: rawLanguage }, locale, t, languages] = await Promise.all([
    searchParams,
    getLocale(),
    getTranslations("Library"),
    listLanguagesOfArticles(),
  ]);
  const language = typeof rawLanguage === "string" && languages.includes(rawLanguage) ? rawLanguage : undefined;
  const articles = await listArticles({ language });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </div>
      <LanguageFilter
        options={languages.map((code) => ({ code, name: languageName(code, locale) }))}
        selected={language}
      />
      <p className="text-sm text-ink-muted" role="status">
        {t("count", { count: articles.length })}
      </p>
      {articles.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t("heading")}>
          {articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
