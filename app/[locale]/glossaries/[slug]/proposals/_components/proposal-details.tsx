import { useTranslations } from "next-intl";
import { TermStatusBadge } from "@/components/glossary/term-status-badge";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { groupByLanguage } from "@/lib/glossary/entry-terms";
import { isPartOfSpeech, type TermStatus } from "@/lib/glossary/types";

/** A proposal as the queue shows it: plain data, dates already formatted. */
export type QueuedProposal = {
  id: string;
  language: string;
  languageName: string;
  text: string;
  partOfSpeech: string | null;
  note: string | null;
  definition: string | null;
  author: string;
  createdAt: string;
  created: string;
  reviewedAt: string | null;
  reviewed: string;
  reviewNote: string | null;
  /** The entry a translation is proposed for; null for a new entry. */
  entry: {
    id: string;
    name: string;
    terms: { language: string; languageName: string; text: string; status: TermStatus }[];
  } | null;
};

/** What was proposed, by whom and when, and the entry it belongs to with the terms it has now (or "new entry"). */
export function ProposalDetails({
  proposal,
  glossarySlug,
  headingId,
}: {
  proposal: QueuedProposal;
  glossarySlug: string;
  headingId: string;
}) {
  const t = useTranslations("proposals");
  const labels = useTranslations("glossaryEntry");
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <h2 id={headingId} className="text-lg font-semibold">
          <span lang={proposal.language}>{proposal.text}</span>
        </h2>
        <p className="text-sm text-ink-muted">
          {t.rich("proposedBy", {
            language: proposal.languageName,
            author: proposal.author,
            date: proposal.created,
            time: (chunks) => <time dateTime={proposal.createdAt}>{chunks}</time>,
          })}
        </p>
      </div>
      {(isPartOfSpeech(proposal.partOfSpeech) || proposal.note || proposal.definition) && (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          {isPartOfSpeech(proposal.partOfSpeech) && (
            <>
              <dt className="font-medium text-ink-muted">{labels("field.partOfSpeech")}</dt>
              <dd>{labels(`partOfSpeech.${proposal.partOfSpeech}`)}</dd>
            </>
          )}
          {proposal.definition && (
            <>
              <dt className="font-medium text-ink-muted">{labels("field.definition")}</dt>
              <dd className="whitespace-pre-line">{proposal.definition}</dd>
            </>
          )}
          {proposal.note && (
            <>
              <dt className="font-medium text-ink-muted">{labels("field.note")}</dt>
              <dd className="whitespace-pre-line">{proposal.note}</dd>
            </>
          )}
        </dl>
      )}
      {proposal.entry ? (
        <div className="space-y-1 rounded border border-line p-3 text-sm">
          <p>
            {t.rich("forEntry", {
              entry: proposal.entry.name,
              link: (chunks) => (
                <Link
                  href={`/glossaries/${glossarySlug}/entries/${proposal.entry!.id}`}
                  className="text-accent underline"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[8rem_1fr]">
            {groupByLanguage(proposal.entry.terms, []).map((group) => (
              <div key={group.language} className="contents">
                <dt className="font-medium text-ink-muted">{group.terms[0].languageName}</dt>
                <dd>
                  <ul className="flex flex-wrap gap-x-3 gap-y-1">
                    {group.terms.map((term, index) => (
                      <li key={index}>
                        <span lang={term.language}>{term.text}</span>{" "}
                        <TermStatusBadge status={term.status} label={labels(`status.${term.status}`)} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : (
        <p className="text-sm">
          <Badge>{t("newEntry")}</Badge> {t("newEntryHint")}
        </p>
      )}
    </div>
  );
}
