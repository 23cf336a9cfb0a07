"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { emptyTermDraft, type ConceptDraft, type DraftErrorCode } from "@/lib/glossary/concept-draft";
import { FormAlert } from "../../_components/form-alert";
import { TermFieldset, TextArea } from "./term-fieldset";
import { useGlossaryText } from "./use-glossary-text";

export type ConceptFormProps = {
  /** The form's values; the parent holds them, so that a conflict can compare and replace them. */
  draft: ConceptDraft;
  onChange: (draft: ConceptDraft) => void;
  /** Problems by field key ("definition", "terms.1.text"); a new object after each refused save. */
  errors: Record<string, DraftErrorCode>;
  /** A problem that concerns no single field, already translated. */
  formError: string | null;
  subjectFields: readonly string[];
  languages: readonly { code: string; name: string }[];
  isPending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** Shown above the fields (the conflict view). */
  children?: ReactNode;
  /** The level of the form's own headings (Terms), below the heading the form sits under. */
  headingLevel: 2 | 3 | 4;
  "aria-label": string;
};

/** An entry's fields and terms: the inline editor and the new-entry page both use it. */
export function ConceptForm(props: ConceptFormProps) {
  const {
    draft,
    onChange,
    errors,
    formError,
    subjectFields,
    languages,
    isPending,
    submitLabel,
    onSubmit,
    onCancel,
    children,
    headingLevel,
  } = props;
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations("glossaries.form");
  const text = useGlossaryText();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const nextKey = useRef(0);
  const focusTerm = useRef<number | null>(null);

  // After a refused save, the first field with a problem (or the alert) takes focus, so that it is read out.
  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    if (invalid) invalid.focus();
    else if (formError) alertRef.current?.focus();
  }, [errors, formError]);

  // A term added or removed: focus goes to its row's first field, or to the add button.
  useEffect(() => {
    if (focusTerm.current === null) return;
    const target = formRef.current?.elements.namedItem(`terms.${focusTerm.current}.language`) as HTMLElement | null;
    (target ?? formRef.current?.querySelector<HTMLElement>("[data-add-term]"))?.focus();
    focusTerm.current = null;
  }, [draft.terms.length]);

  const fieldError = (field: "subjectField" | "definition" | "note") =>
    errors[field] ? text.fieldError(errors[field]) : undefined;
  const set = (field: "subjectField" | "definition" | "note") => (event: { currentTarget: { value: string } }) =>
    onChange({ ...draft, [field]: event.currentTarget.value });

  function addTerm() {
    nextKey.current += 1;
    // The glossary's first language the entry has no term in yet: the usual next step.
    const used = new Set(draft.terms.map((term) => term.language.trim().toLowerCase()));
    const language = languages.find((candidate) => !used.has(candidate.code.toLowerCase()))?.code ?? "";
    focusTerm.current = draft.terms.length;
    onChange({ ...draft, terms: [...draft.terms, emptyTermDraft(`new-${nextKey.current}`, language)] });
  }

  function removeTerm(index: number) {
    focusTerm.current = Math.max(0, index - 1);
    onChange({ ...draft, terms: draft.terms.filter((_, position) => position !== index) });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={props["aria-label"]} className="flex flex-col gap-4">
      <FormAlert ref={alertRef} message={formError} />
      {children}
      <div className="grid gap-4 md:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
        <TextField
          name="subjectField"
          label={t("field.subjectField")}
          hint={t("subjectFieldHint")}
          value={draft.subjectField}
          onChange={set("subjectField")}
          list={`${id}-subject-fields`}
          maxLength={200}
          autoComplete="off"
          error={fieldError("subjectField")}
        />
        <TextArea
          name="definition"
          label={t("field.definition")}
          value={draft.definition}
          onChange={set("definition")}
          rows={3}
          error={fieldError("definition")}
        />
      </div>
      <TextArea
        name="note"
        label={t("field.note")}
        value={draft.note}
        onChange={set("note")}
        error={fieldError("note")}
      />
      <datalist id={`${id}-subject-fields`}>
        {subjectFields.map((field) => (
          <option key={field} value={field} />
        ))}
      </datalist>
      <datalist id={`${id}-languages`}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} label={language.name} />
        ))}
      </datalist>
      <section aria-labelledby={`${id}-terms`} className="flex flex-col gap-3">
        <Heading id={`${id}-terms`} className="text-base font-semibold">
          {t("terms")}
        </Heading>
        {errors.terms && (
          <p role="alert" className="text-sm text-danger">
            {t("termsRequired")}
          </p>
        )}
        {draft.terms.map((term, index) => (
          <TermFieldset
            key={term.key}
            term={term}
            index={index}
            errors={errors}
            languageListId={`${id}-languages`}
            onChange={(changed) =>
              onChange({
                ...draft,
                terms: draft.terms.map((other, position) => (position === index ? changed : other)),
              })
            }
            onRemove={draft.terms.length > 1 ? () => removeTerm(index) : undefined}
          />
        ))}
        <Button type="button" data-add-term onClick={addTerm} variant="secondary" size="sm" className="self-start">
          {t("addTerm")}
        </Button>
      </section>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isPending} className="self-start">
          {isPending ? t("saving") : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel} variant="secondary" size="sm">
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
