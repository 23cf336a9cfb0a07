import { useTranslations } from "next-intl";
import type { DismissedTermCandidateView } from "@/server/glossaries/candidates/queries";
import { CandidateActionButton } from "./candidate-action-button";

/** The candidates editors dismissed, folded away under the list, each with who dismissed it and a way back. */
export function DismissedCandidates({
  dismissed,
  languageName,
}: {
  dismissed: DismissedTermCandidateView[];
  languageName: (code: string) => string;
}) {
  const t = useTranslations("termCandidates");
  if (dismissed.length === 0) return null;
  return (
    <details className="rounded border border-line">
      <summary className="cursor-pointer px-3 py-2 font-semibold">
        {t("dismissedHeading", { count: dismissed.length })}
      </summary>
      <div className="space-y-2 px-3 pb-3">
        <p className="text-sm text-ink-muted">{t("dismissedIntro")}</p>
        <ul className="divide-y divide-line">
          {dismissed.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0 break-words">
                <span lang={item.language} className="font-medium">
                  {item.text}
                </span>{" "}
                <span className="text-sm text-ink-muted">
                  {t("dismissedBy", { language: languageName(item.language), name: item.dismissedBy?.name ?? "" })}
                </span>
              </span>
              <CandidateActionButton kind="restore" dismissalId={item.id} text={item.text} />
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
