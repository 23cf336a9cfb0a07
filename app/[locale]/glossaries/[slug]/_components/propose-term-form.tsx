"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldFrame } from "@/components/ui/field-frame";
import { noticeClasses } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { filledFields } from "@/lib/forms/filled-fields";
import { partsOfSpeech } from "@/lib/glossary/types";
import type { ActionResult } from "@/server/action";
import { proposeTermAction } from "@/server/glossaries/actions";
import { FormAlert } from "../../../_components/form-alert";

type Props = {
  glossaryId: string;
  /** A translation for this entry; without it, a new entry. */
  conceptId?: string;
  languages: { code: string; name: string }[];
  defaultLanguage: string;
};

/**
 * A contributor's proposal: a term in a language, with part of speech and a note (and, for a new entry, a
 * definition). What was typed stays when the server refuses it; the form empties only once the proposal is stored.
 */
export function ProposeTermForm({ glossaryId, conceptId, languages, defaultLanguage }: Props) {
  const t = useTranslations("proposals");
  const labels = useTranslations("glossaryEntry");
  const errorText = useTranslations("Errors");
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const [state, dispatch, isPending] = useActionState(
    (previous: ActionResult<{ id: string }> | null, data: FormData) =>
      proposeTermAction(previous, { ...filledFields(data), glossaryId, ...(conceptId ? { conceptId } : {}) }),
    null,
  );

  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
    else if (state && !state.fields?.length) alertRef.current?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  const fieldError = (path: string) =>
    state && !state.ok && state.fields?.some((field) => field.path === path) ? t("fieldInvalid") : undefined;
  const formError = state && !state.ok && !state.fields?.length ? errorText(state.code) : null;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4">
      <FormAlert ref={alertRef} message={formError} />
      <p role="status" className={state?.ok ? noticeClasses("success") : "sr-only"}>
        {state?.ok ? t("sent") : ""}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="language"
          label={t("language")}
          defaultValue={defaultLanguage}
          required
          error={fieldError("language")}
        >
          {languages.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <SelectField name="partOfSpeech" label={t("partOfSpeech")} defaultValue="" error={fieldError("partOfSpeech")}>
          <option value="">{t("partOfSpeechNone")}</option>
          {partsOfSpeech.map((value) => (
            <option key={value} value={value}>
              {labels(`partOfSpeech.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="text" label={t("text")} required maxLength={500} autoComplete="off" error={fieldError("text")} />
      {!conceptId && (
        <TextArea name="definition" label={t("definition")} maxLength={8000} error={fieldError("definition")} />
      )}
      <TextArea name="note" label={t("note")} maxLength={4000} error={fieldError("note")} />
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}

function TextArea({
  name,
  label,
  maxLength,
  error,
}: {
  name: string;
  label: string;
  maxLength: number;
  error?: string;
}) {
  return (
    <FieldFrame
      label={label}
      error={error}
      className="min-h-24"
      control={(control) => <textarea {...control} name={name} maxLength={maxLength} rows={3} />}
    />
  );
}
