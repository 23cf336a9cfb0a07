"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/action";
import { dismissTermCandidateAction, restoreTermCandidateAction } from "@/server/glossaries/actions";
import { Button } from "@/components/ui/button";

type Props =
  | { kind: "dismiss"; candidate: { language: string; key: string; text: string } }
  | { kind: "restore"; dismissalId: string; text: string };

/**
 * Dismisses a candidate ("not a term") or restores a dismissed one; the page is refreshed by the action, so the
 * candidate moves between the two lists and the count announces it. A failure is said where the button is.
 */
export function CandidateActionButton(props: Props) {
  const t = useTranslations("termCandidates");
  const errorText = useTranslations("Errors");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const text = props.kind === "dismiss" ? props.candidate.text : props.text;

  function run() {
    setError(null);
    startTransition(async () => {
      const result: ActionResult<unknown> =
        props.kind === "dismiss"
          ? await dismissTermCandidateAction(null, props.candidate)
          : await restoreTermCandidateAction(null, { dismissalId: props.dismissalId });
      if (!result.ok) setError(errorText(result.code));
    });
  }

  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="secondary"
        size="sm"
        onClick={run}
        disabled={isPending}
        aria-label={t(props.kind === "dismiss" ? "dismissLabel" : "restoreLabel", { text })}
      >
        {t(props.kind === "dismiss" ? "dismiss" : "restore")}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
