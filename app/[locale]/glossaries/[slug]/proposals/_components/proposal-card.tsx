"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { filledFields } from "@/lib/forms/filled-fields";
import { termStatuses } from "@/lib/glossary/types";
import type { ActionResult } from "@/server/action";
import { reviewProposalAction } from "@/server/glossaries/actions";
import { ProposalDetails, type QueuedProposal } from "./proposal-details";

type Props = {
  proposal: QueuedProposal;
  glossarySlug: string;
  onReviewed: (message: string) => void;
  onConflict: () => void;
};

/** One waiting proposal with its two decisions: accept (text and status as the editor sets them) or decline. */
export function ProposalCard({ proposal, glossarySlug, onReviewed, onConflict }: Props) {
  const t = useTranslations("proposals");
  const labels = useTranslations("glossaryEntry");
  const errorText = useTranslations("Errors");
  const [state, dispatch, isPending] = useActionState(async (previous: ActionResult<void> | null, data: FormData) => {
    const input = filledFields(data);
    const result = await reviewProposalAction(previous, { ...input, proposalId: proposal.id });
    if (result.ok)
      onReviewed(
        input.decision === "accept"
          ? t("acceptedMessage", { text: input.text ?? proposal.text })
          : t("declinedMessage", { text: proposal.text }),
      );
    else if (result.code === "CONFLICT") onConflict();
    return result;
  }, null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  const headingId = `proposal-${proposal.id}`;
  const fieldError = (path: string) =>
    state && !state.ok && state.fields?.some((field) => field.path === path) ? t("fieldInvalid") : undefined;
  const failure =
    state && !state.ok && state.code !== "CONFLICT" && !state.fields?.length ? errorText(state.code) : null;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-line bg-surface p-4">
      <ProposalDetails proposal={proposal} glossarySlug={glossarySlug} headingId={headingId} />
      {failure && (
        <p role="alert" className="rounded border border-danger bg-danger-soft p-3 text-danger">
          {failure}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <form
          onSubmit={onSubmit}
          className="flex flex-col gap-3 rounded border border-line p-3"
          aria-label={t("acceptFormLabel", { text: proposal.text })}
        >
          <input type="hidden" name="decision" value="accept" />
          <TextField
            name="text"
            label={t("acceptText")}
            defaultValue={proposal.text}
            required
            maxLength={500}
            lang={proposal.language}
            error={fieldError("text")}
          />
          <SelectField name="status" label={t("acceptStatus")} defaultValue="admitted" error={fieldError("status")}>
            {termStatuses.map((status) => (
              <option key={status} value={status}>
                {labels(`status.${status}`)}
              </option>
            ))}
          </SelectField>
          <TextField name="reviewNote" label={t("reviewNote")} maxLength={2000} error={fieldError("reviewNote")} />
          <Button
            type="submit"
            disabled={isPending}
            aria-label={t("acceptLabel", { text: proposal.text })}
            className="self-start"
          >
            {t("accept")}
          </Button>
        </form>
        <form
          onSubmit={onSubmit}
          className="flex flex-col gap-3 rounded border border-line p-3"
          aria-label={t("declineFormLabel", { text: proposal.text })}
        >
          <input type="hidden" name="decision" value="decline" />
          <TextField name="reviewNote" label={t("declineNote")} maxLength={2000} error={fieldError("reviewNote")} />
          <Button
            type="submit"
            variant="secondary"
            disabled={isPending}
            aria-label={t("declineLabel", { text: proposal.text })}
            className="self-start"
          >
            {t("decline")}
          </Button>
        </form>
      </div>
    </article>
  );
}
