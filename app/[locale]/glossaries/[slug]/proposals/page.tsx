import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { Tabs } from "@/components/ui/tabs";
import { toLocale } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { entryName } from "@/lib/glossary/entry-terms";
import { languageName } from "@/lib/text/language-name";
import { listProposals } from "@/server/glossaries/proposals/queries";
import { refusedMetadata, requireViewer } from "../../../_components/require-viewer";
import { dateTimeFormat } from "../_components/date-time";
import { readGlossary } from "../../_components/read-glossary";
import { ProposalQueue, type QueuedProposal } from "./_components/proposal-queue";
import { ReviewedProposal } from "./_components/reviewed-proposal";

type Props = PageProps<"/[locale]/glossaries/[slug]/proposals">;

const tabs = ["pending", "accepted", "declined"] as const;
type Tab = (typeof tabs)[number];
const tabSchema = z.enum(tabs).catch("pending");
/** listProposals returns at most this many. */
const LIST_LIMIT = 200;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const refused = await refusedMetadata("proposal.review");
  if (refused) return refused;
  const { locale, slug } = await params;
  const [t, glossary] = await Promise.all([
    getTranslations({ locale: toLocale(locale), namespace: "proposals" }),
    readGlossary(slug),
  ]);
  return { title: t("queueMetaTitle", { glossary: glossary.name }), robots: { index: false } };
}

/** Editors review what contributors proposed: accept (the text edited, a status chosen) or decline, with a note. */
export default async function ProposalsPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = toLocale(rawLocale);
  setRequestLocale(locale);
  const glossary = await readGlossary(slug);
  const path = `/glossaries/${glossary.slug}/proposals`;
  await requireViewer("proposal.review", { locale, path });
  const status = tabSchema.parse((await searchParams).status);
  const [t, format, proposals] = await Promise.all([
    getTranslations("proposals"),
    getFormatter(),
    listProposals({ glossaryId: glossary.id, status }),
  ]);
  const when = (value: Date | null) => (value ? format.dateTime(value, dateTimeFormat) : "");
  const view = proposals.map((proposal) => ({
    id: proposal.id,
    language: proposal.language,
    languageName: languageName(proposal.language, locale),
    text: proposal.text,
    partOfSpeech: proposal.partOfSpeech,
    note: proposal.note,
    definition: proposal.definition,
    author: proposal.author.name,
    createdAt: proposal.createdAt.toISOString(),
    created: when(proposal.createdAt),
    reviewedAt: proposal.reviewedAt?.toISOString() ?? null,
    reviewed: when(proposal.reviewedAt),
    reviewNote: proposal.reviewNote,
    entry: proposal.concept && {
      id: proposal.concept.id,
      name: entryName(proposal.concept.terms, locale)?.text ?? "",
      terms: proposal.concept.terms.map((term) => ({ ...term, languageName: languageName(term.language, locale) })),
    },
  })) satisfies QueuedProposal[];
  const count = (tab: Tab) =>
    tab === "pending"
      ? t("pendingCount", { count: view.length })
      : tab === "accepted"
        ? t("acceptedCount", { count: view.length })
        : t("declinedCount", { count: view.length });
  const tabName = (tab: Tab) =>
    tab === "pending" ? t("tabPending") : tab === "accepted" ? t("tabAccepted") : t("tabDeclined");
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{t("queueHeading")}</h1>
        <p className="text-ink-muted">{t("queueIntro", { glossary: glossary.name })}</p>
        <Link href="/term-candidates" className="text-accent underline">
          {t("termCandidatesLink")}
        </Link>
      </div>
      <Tabs
        label={t("tabsLabel")}
        tabs={tabs.map((tab) => ({
          href: tab === "pending" ? path : `${path}?status=${tab}`,
          label: tabName(tab),
          isCurrent: tab === status,
        }))}
      />
      <p className="text-ink-muted">
        {count(status)} {view.length >= LIST_LIMIT && t("limitNotice", { count: LIST_LIMIT })}
      </p>
      {status === "pending" ? (
        <ProposalQueue glossarySlug={glossary.slug} proposals={view} />
      ) : (
        <ul className="space-y-3">
          {view.map((proposal) => (
            <li key={proposal.id}>
              <ReviewedProposal glossarySlug={glossary.slug} proposal={proposal} status={status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
