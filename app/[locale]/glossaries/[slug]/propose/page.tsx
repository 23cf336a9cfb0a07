import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { OwnProposals } from "@/components/glossary/own-proposals";
import { locales, toLocale } from "@/i18n/locales";
import { languageName } from "@/lib/text/language-name";
import { listPendingProposalsOf } from "@/server/glossaries/proposals/queries";
import { refusedMetadata, requireViewer } from "../../../_components/require-viewer";
import { dateTimeFormat } from "../_components/date-time";
import { readGlossary } from "../../_components/read-glossary";
import { ProposeTermForm } from "../_components/propose-term-form";

type Props = PageProps<"/[locale]/glossaries/[slug]/propose">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const refused = await refusedMetadata("term.propose");
  if (refused) return refused;
  const { locale, slug } = await params;
  const [t, glossary] = await Promise.all([
    getTranslations({ locale: toLocale(locale), namespace: "proposals" }),
    readGlossary(slug),
  ]);
  return { title: t("proposeMetaTitle", { glossary: glossary.name }), robots: { index: false } };
}

/** Contributors propose a new entry: a term, and what it means; an editor accepts or declines it. */
export default async function ProposeTermPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = toLocale(rawLocale);
  setRequestLocale(locale);
  const glossary = await readGlossary(slug);
  const viewer = await requireViewer("term.propose", { locale, path: `/glossaries/${glossary.slug}/propose` });
  const [t, format, pending] = await Promise.all([
    getTranslations("proposals"),
    getFormatter(),
    listPendingProposalsOf({ authorId: viewer.id, glossaryId: glossary.id }),
  ]);
  const languages = [...new Set([...glossary.languages, ...locales])]
    .map((code) => ({ code, name: languageName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const when = (value: Date) => format.dateTime(value, dateTimeFormat);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("proposeHeading")}</h1>
        <p className="text-ink-muted">{t("proposeIntro", { glossary: glossary.name })}</p>
      </div>
      <ProposeTermForm
        glossaryId={glossary.id}
        languages={languages}
        defaultLanguage={glossary.languages.includes(locale) ? locale : (glossary.languages[0] ?? locale)}
      />
      <OwnProposals
        heading={t("ownPendingHeading")}
        proposals={pending.map((proposal) => ({
          ...proposal,
          languageName: languageName(proposal.language, locale),
          when: when(proposal.createdAt),
        }))}
      />
    </div>
  );
}
