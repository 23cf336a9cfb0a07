import { useTranslations } from "next-intl";
import { isPartOfSpeech } from "@/lib/glossary/types";

export type OwnProposal = {
  id: string;
  language: string;
  languageName: string;
  text: string;
  partOfSpeech: string | null;
  note: string | null;
  definition: string | null;
  createdAt: Date;
  when: string;
};

/** The viewer's proposals still waiting for an editor; nothing when there are none. */
export function OwnProposals({ heading, proposals }: { heading: string; proposals: OwnProposal[] }) {
  const t = useTranslations("proposals");
  const labels = useTranslations("glossaryEntry");
  if (proposals.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{heading}</h3>
      <ul className="space-y-2">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="rounded border border-line bg-surface p-3 text-sm">
            <p>
              <span lang={proposal.language} className="font-medium">
                {proposal.text}
              </span>{" "}
              (
              {[
                proposal.languageName,
                isPartOfSpeech(proposal.partOfSpeech) ? labels(`partOfSpeech.${proposal.partOfSpeech}`) : null,
              ]
                .filter(Boolean)
                .join(", ")}
              )
            </p>
            {proposal.definition && (
              <p className="whitespace-pre-line">{t("definitionValue", { definition: proposal.definition })}</p>
            )}
            {proposal.note && <p className="whitespace-pre-line">{t("noteValue", { note: proposal.note })}</p>}
            <p className="text-ink-muted">
              {t.rich("proposedOn", {
                date: proposal.when,
                time: (chunks) => <time dateTime={proposal.createdAt.toISOString()}>{chunks}</time>,
              })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
