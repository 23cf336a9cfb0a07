import { useTranslations } from "next-intl";
import { ProposalDetails, type QueuedProposal } from "./proposal-details";

/** An accepted or declined proposal: what it was, and when it was reviewed, with the reviewer's note. */
export function ReviewedProposal({
  proposal,
  glossarySlug,
  status,
}: {
  proposal: QueuedProposal;
  glossarySlug: string;
  status: "accepted" | "declined";
}) {
  const t = useTranslations("proposals");
  const headingId = `proposal-${proposal.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded-lg border border-line bg-surface p-4">
      <ProposalDetails proposal={proposal} glossarySlug={glossarySlug} headingId={headingId} />
      {proposal.reviewedAt && (
        <p className="text-sm">
          {t.rich(status === "accepted" ? "acceptedOn" : "declinedOn", {
            date: proposal.reviewed,
            time: (chunks) => <time dateTime={proposal.reviewedAt!}>{chunks}</time>,
          })}
        </p>
      )}
      {proposal.reviewNote && (
        <p className="text-sm whitespace-pre-line">{t("reviewNoteValue", { note: proposal.reviewNote })}</p>
      )}
    </article>
  );
}
