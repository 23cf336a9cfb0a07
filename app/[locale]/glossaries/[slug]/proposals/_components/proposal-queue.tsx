"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { noticeClasses } from "@/components/ui/notice";
import { useRouter } from "@/i18n/navigation";
import { ProposalCard } from "./proposal-card";
import type { QueuedProposal } from "./proposal-details";

export type { QueuedProposal } from "./proposal-details";

type Notice = { kind: "done" | "conflict"; text: string; attempt: number };

/**
 * The waiting proposals. A reviewed proposal leaves the list (the action refreshes the page), so what happened is
 * said here, above the list, and focus moves to it instead of being lost with the card's buttons.
 */
export function ProposalQueue({ proposals, glossarySlug }: { proposals: QueuedProposal[]; glossarySlug: string }) {
  const t = useTranslations("proposals");
  const router = useRouter();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  function onReviewed(text: string) {
    setNotice((previous) => ({ kind: "done", text, attempt: (previous?.attempt ?? 0) + 1 }));
  }

  function onConflict() {
    setNotice((previous) => ({ kind: "conflict", text: t("conflict"), attempt: (previous?.attempt ?? 0) + 1 }));
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <p
        ref={noticeRef}
        tabIndex={-1}
        role={notice?.kind === "conflict" ? "alert" : "status"}
        className={
          !notice ? "sr-only" : notice.kind === "conflict" ? noticeClasses("warning") : noticeClasses("success")
        }
      >
        {notice?.text ?? ""}
      </p>
      <ul className="space-y-4">
        {proposals.map((proposal) => (
          <li key={proposal.id}>
            <ProposalCard
              proposal={proposal}
              glossarySlug={glossarySlug}
              onReviewed={onReviewed}
              onConflict={onConflict}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
