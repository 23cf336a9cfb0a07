"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { draftErrors, problemOfIssue, type ConceptDraft, type DraftErrorCode } from "@/lib/glossary/concept-draft";
import type { ActionResult } from "@/server/action";

type Failure = Extract<ActionResult, { ok: false }>;

/**
 * One save of the entry form: check the input with the action's own schema first (problems show by their
 * fields without a round trip), call the action, and show its field problems or error. `onFailure` may take
 * over a failure (a CONFLICT) by returning true.
 */
export function useConceptSubmit() {
  const errorText = useTranslations("Errors");
  const [errors, setErrors] = useState<Record<string, DraftErrorCode>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function showProblems(problems: { path: string; code: string }[], draft: ConceptDraft) {
    const { fields } = draftErrors(problems, draft);
    setErrors(fields);
    setFormError(errorText("INVALID_INPUT"));
  }

  function submit<T>(options: {
    draft: ConceptDraft;
    input: Record<string, unknown>;
    schema: z.ZodType;
    action: (previous: null, input: Record<string, unknown>) => Promise<ActionResult<T>>;
    onSuccess: (data: T) => void;
    onFailure?: (failure: Failure) => boolean;
  }) {
    const parsed = options.schema.safeParse(options.input);
    if (!parsed.success) return showProblems(parsed.error.issues.map(problemOfIssue), options.draft);
    setErrors({});
    setFormError(null);
    startTransition(async () => {
      const result = await options.action(null, options.input).catch((): Failure => ({ ok: false, code: "INTERNAL" }));
      if (result.ok) return options.onSuccess(result.data);
      if (options.onFailure?.(result)) return;
      if (result.code === "INVALID_INPUT" && result.fields?.length) return showProblems(result.fields, options.draft);
      setFormError(errorText(result.code));
    });
  }

  function reset() {
    setErrors({});
    setFormError(null);
  }

  return { errors, formError, setFormError, isPending, submit, reset };
}
