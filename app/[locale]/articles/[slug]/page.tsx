import { SlidersHorizontal } from "lucide-react";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { cache, type CSSProperties } from "react";
import { modeLabel } from "@/components/reader/mode-labels";
import { ReaderText, type ReaderTranslation } from "@/components/reader/reader-text";
import { ReaderViewForm } from "@/components/reader/reader-view-form";
import { TextSizeControl } from "@/components/reader/text-size-control";
import { UntranslatedNotice } from "@/components/reader/untranslated-notice";
import { Badge } from "@/components/ui/badge";
import { Toolbar } from "@/components/ui/toolbar";
import { SegmentHighlighter } from "@/components/reader/segment-highlighter";
import { TermMarksForm } from "@/components/reader/term-marks-form";
import { TermPopover } from "@/components/reader/term-popover";
import { toLocale } from "@/i18n/locales";
import { localeAlternates } from "@/i18n/metadata";
import { Link } from "@/i18n/navigation";
import {
  NO_TRANSLATION,
  parseReaderView,
  resolveTranslationLanguage,
  serializeReaderView,
} from "@/lib/reader/reader-view";
import { TEXT_SIZE_COOKIE, parseTextStep } from "@/lib/reader/text-size";
import { appliedGlossaryIds, parseTermMarksPreference, TERM_MARKS_COOKIE } from "@/lib/reader/term-preference";
import { detectLanguage } from "@/lib/language/detect-language";
import { languageName } from "@/lib/text/language-name";
import { findArticle } from "@/server/articles/queries";
import { getViewer } from "@/server/auth";
import { listGlossaryChoices } from "@/server/glossaries/queries";
import { getReaderMarks } from "@/server/glossaries/reader-marks";
import { getShownTranslations, listTranslationLanguages } from "@/server/translations/queries";

type Props = PageProps<"/[locale]/articles/[slug]">;

/** One query per request, shared by the metadata and the page. */
const loadArticle = cache(findArticle);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await loadArticle(decodeURIComponent(slug));
  if (!article) {
    const t = await getTranslations({ locale: toLocale(locale), namespace: "NotFound" });
    return { title: t("title") };
  }
  return { title: article.title, alternates: localeAlternates(`/articles/${slug}`) };
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = toLocale(rawLocale);
  setRequestLocale(locale);
  const article = await loadArticle(decodeURIComponent(slug));
  if (!article) notFound();

  const [t, tm, format, available, glossaries, cookieStore] = await Promise.all([
    getTranslations("Reader"),
    getTranslations("termMarks"),
    getFormatter(),
    listTranslationLanguages(article.id),
    listGlossaryChoices(),
    cookies(),
  ]);
  const view = parseReaderView(await searchParams);
  const viewer = await getViewer();
  const preferred = view.lang ? null : viewer?.readingLanguage;
  const viewerRole = viewer?.role ?? null;
  const language = resolveTranslationLanguage(view.lang, available, article.language, preferred);
  const hasTranslation = language !== NO_TRANSLATION;
  const mode = hasTranslation ? (view.mode ?? "side") : "original";
  // The URL always names the view shown, so a copied link reproduces it.
  if (view.lang !== language || view.mode !== mode) {
    redirect(
      `/${locale}/articles/${encodeURIComponent(article.slug)}?${serializeReaderView({ lang: language, mode })}`,
    );
  }
  const shown = hasTranslation ? await getShownTranslations(article.id, language) : [];
  const translations = new Map<string, ReaderTranslation>(shown.map((s) => [s.segmentId, s]));
  const total = article.paragraphs.reduce((sum, p) => sum + p.segments.length, 0);
  const articleLanguageName = languageName(article.language, locale);
  const translationLanguageName = hasTranslation ? languageName(language, locale) : "";

  const termPreference = parseTermMarksPreference(cookieStore.get(TERM_MARKS_COOKIE)?.value);
  const applied = new Set(
    appliedGlossaryIds(
      termPreference,
      glossaries.map((glossary) => glossary.id),
    ),
  );
  // A term in the original is explained in the translation's language, else in the interface's.
  const popoverLanguage = hasTranslation ? language : locale;
  const marks = await getReaderMarks({
    glossaries: glossaries.filter((glossary) => applied.has(glossary.id)),
    original: mode === "translation" ? [] : article.paragraphs.flatMap((paragraph) => paragraph.segments),
    translation: mode === "original" ? [] : shown.map((s) => ({ id: s.segmentId, text: s.text, language })),
    cardLanguages: [...new Set([popoverLanguage, article.language, locale])],
    definitionLanguages: [locale, popoverLanguage, article.language],
  });
  const hasMarks = marks.cards.length > 0;

  const textStep = parseTextStep(cookieStore.get(TEXT_SIZE_COOKIE)?.value);
  const action = `/${locale}/articles/${article.slug}`;
  const otherLanguages = available.filter((code) => code !== article.language);
  const isSingleColumn = mode === "original" || mode === "translation";
  const describedBy = ["reader-keyboard-hint", hasMarks ? "reader-terms-hint" : null].filter(Boolean).join(" ");

  return (
    <article className="space-y-5">
      <Link
        href="/articles"
        className="inline-flex min-h-11 items-center text-sm text-accent hover:underline md:min-h-0"
      >
        ← {t("backToLibrary")}
      </Link>
      <header className="space-y-2">
        <h1
          lang={detectLanguage(article.title, { fallback: article.language })}
          className="text-2xl leading-tight font-semibold text-balance sm:text-3xl"
        >
          {article.title}
        </h1>
        <p className="text-sm text-ink-muted">
          {[
            article.source,
            article.publishedAt && format.dateTime(article.publishedAt, { dateStyle: "long" }),
            article.author && t("author", { author: article.author }),
            t("originalLanguage", { language: articleLanguageName }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </header>
      <Toolbar
        label={t("viewSettings")}
        summary={hasTranslation ? `${translationLanguageName} · ${t(modeLabel[mode])}` : t("noTranslationShort")}
        icon={<SlidersHorizontal size={20} />}
        closeLabel={t("closeSettings")}
      >
        {otherLanguages.length > 0 && (
          <ReaderViewForm
            key={`${language}-${mode}`}
            action={action}
            languages={otherLanguages.map((code) => ({ code, name: languageName(code, locale) }))}
            language={language}
            mode={mode}
          />
        )}
        <TextSizeControl action={action} step={textStep} view={{ lang: language, mode }} targetId="reader-text" />
        {glossaries.length > 0 && (
          <TermMarksForm
            action={action}
            view={{ lang: language, mode }}
            glossaries={glossaries.map(({ id, name }) => ({ id, name }))}
            preference={termPreference}
          />
        )}
      </Toolbar>
      {otherLanguages.length === 0 ? (
        <UntranslatedNotice viewer={viewerRole} articleLanguage={articleLanguageName} />
      ) : (
        hasTranslation && (
          <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
            <span>{t("coverage", { translated: shown.length, total, language: translationLanguageName })}</span>
            {shown.some((s) => s.isDemo) && <Badge>{t("sampleBadge")}</Badge>}
          </p>
        )
      )}
      {hasTranslation && shown.length < total && (viewerRole === null || viewerRole === "reader") && (
        <p className="text-sm text-ink-muted">
          {t.rich("invitePartial", {
            viewer: viewerRole === null ? "anonymous" : "reader",
            link: (chunks) => (
              <Link href="/sign-up" className="text-accent underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <div
        id="reader-text"
        className={`reading keyboard-region ${isSingleColumn || mode === "interlinear" ? "mx-auto max-w-[68ch]" : ""}`}
        style={{ "--reader-step": textStep } as CSSProperties}
      >
        <p
          id="reader-keyboard-hint"
          className="keyboard-hint fixed inset-x-4 bottom-4 z-40 mx-auto max-w-md rounded-lg bg-ink px-4 py-3 font-sans text-sm text-canvas shadow-lg"
        >
          {t("keyboardHint")}
        </p>
        {hasMarks && (
          <p id="reader-terms-hint" className="sr-only">
            {tm("hint")}
          </p>
        )}
        <SegmentHighlighter label={t("textRegion")} describedBy={describedBy}>
          <TermPopover
            cards={marks.cards}
            targets={{
              original: { code: popoverLanguage, name: languageName(popoverLanguage, locale) },
              translation: { code: article.language, name: articleLanguageName },
            }}
          >
            <ReaderText
              paragraphs={article.paragraphs}
              translations={translations}
              mode={mode}
              translationLanguage={hasTranslation ? language : null}
              columnLabels={{
                original: t("originalColumn", { language: articleLanguageName }),
                translation: t("translationColumn", { language: translationLanguageName }),
              }}
              marks={marks}
            />
          </TermPopover>
        </SegmentHighlighter>
      </div>
    </article>
  );
}
