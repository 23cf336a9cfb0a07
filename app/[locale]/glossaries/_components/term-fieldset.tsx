"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldFrame } from "@/components/ui/field-frame";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { DraftErrorCode, TermDraft, TermDraftField } from "@/lib/glossary/concept-draft";
import { partsOfSpeech, termStatuses, type PartOfSpeech, type TermStatus } from "@/lib/glossary/types";
import { useGlossaryText } from "./use-glossary-text";

type Props = {
  term: TermDraft;
  index: number;
  errors: Record<string, DraftErrorCode>;
  /** The id of the datalist of the glossary's languages. */
  languageListId: string;
  onChange: (term: TermDraft) => void;
  /** Absent when the term is the entry's only one. */
  onRemove?: () => void;
};

const detailFields = ["note", "usageExample", "statusNote", "statusNoteDate"] as const;

/** One term of the entry form: what it is (language, text, status, part of speech) and its notes. */
export function TermFieldset({ term, index, errors, languageListId, onChange, onRemove }: Props) {
  const t = useTranslations("glossaries.form");
  const text = useGlossaryText();
  const statusName = useTranslations("glossaries.status");
  const partOfSpeechName = useTranslations("glossaries.partOfSpeech");
  const number = index + 1;
  const name = (field: TermDraftField) => `terms.${index}.${field}`;
  const error = (field: TermDraftField) => {
    const code = errors[name(field)];
    return code ? text.fieldError(code, field) : undefined;
  };
  // The notes fold away while empty; they show when filled, when one has a problem, and for a superseded term,
  // which wants its dated note. The editor's own choice wins once made.
  const [choice, setChoice] = useState<boolean | null>(null);
  const hasDetails = detailFields.some((field) => term[field] !== "") || term.status === "superseded";
  const hasDetailProblem = detailFields.some((field) => errors[name(field)]);
  const isOpen = hasDetailProblem || (choice ?? hasDetails);
  const setOpen = (open: boolean) => {
    if (open !== isOpen) setChoice(open);
  };
  const set = (field: TermDraftField) => (event: { currentTarget: { value: string } }) =>
    onChange({ ...term, [field]: event.currentTarget.value });
  return (
    <fieldset className="rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">{t("termLegend", { number })}</legend>
      <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_21rem]">
        <div className="grid grid-cols-[6rem_minmax(0,1fr)] gap-3 sm:grid-cols-[9rem_minmax(0,1fr)]">
          <TextField
            name={name("language")}
            label={t("field.language")}
            value={term.language}
            onChange={set("language")}
            list={languageListId}
            required
            maxLength={35}
            autoComplete="off"
            spellCheck={false}
            error={error("language")}
          />
          <TextField
            name={name("text")}
            label={t("field.text")}
            value={term.text}
            onChange={set("text")}
            lang={term.language || undefined}
            required
            maxLength={500}
            autoComplete="off"
            error={error("text")}
          />
        </div>
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            name={name("status")}
            label={t("field.status")}
            value={term.status}
            onChange={(event) => onChange({ ...term, status: event.currentTarget.value as TermStatus })}
            error={error("status")}
          >
            {termStatuses.map((status) => (
              <option key={status} value={status}>
                {statusName(status)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name={name("partOfSpeech")}
            label={t("field.partOfSpeech")}
            value={term.partOfSpeech}
            onChange={(event) => onChange({ ...term, partOfSpeech: event.currentTarget.value as PartOfSpeech | "" })}
            error={error("partOfSpeech")}
          >
            <option value="">{t("noPartOfSpeech")}</option>
            {partsOfSpeech.map((value) => (
              <option key={value} value={value}>
                {partOfSpeechName(value)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <details open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)} className="mt-3">
        <summary className="cursor-pointer text-sm text-accent underline-offset-4 hover:underline">
          {t("moreFields")}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_10rem]">
          <TextArea
            name={name("note")}
            label={t("termNote")}
            value={term.note}
            onChange={set("note")}
            error={error("note")}
          />
          <TextArea
            name={name("usageExample")}
            label={t("field.usageExample")}
            value={term.usageExample}
            onChange={set("usageExample")}
            lang={term.language || undefined}
            error={error("usageExample")}
          />
          <TextField
            name={name("statusNote")}
            label={t("field.statusNote")}
            hint={t("statusNoteHint")}
            value={term.statusNote}
            onChange={set("statusNote")}
            maxLength={1000}
            error={error("statusNote")}
          />
          <TextField
            name={name("statusNoteDate")}
            label={t("field.statusNoteDate")}
            type="date"
            value={term.statusNoteDate}
            onChange={set("statusNoteDate")}
            error={error("statusNoteDate")}
          />
        </div>
      </details>
      {onRemove && (
        <Button type="button" onClick={onRemove} variant="secondary" size="sm" className="mt-3">
          {t("removeTerm", { number })}
        </Button>
      )}
    </fieldset>
  );
}

type TextAreaProps = {
  name: string;
  label: string;
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error?: string;
  hint?: string;
  lang?: string;
  rows?: number;
};

/** A labelled textarea, wired like TextField. */
export function TextArea({ label, hint, error, rows = 2, ...props }: TextAreaProps) {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      control={(control) => <textarea {...control} {...props} rows={rows} maxLength={8000} />}
    />
  );
}
