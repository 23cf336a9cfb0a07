import { useTranslations } from "next-intl";
import type { ConceptDraftField, DraftErrorCode, TermDraftField } from "@/lib/glossary/concept-draft";
import { isPartOfSpeech, termStatuses, type TermStatus } from "@/lib/glossary/types";

const isTermStatus = (value: string): value is TermStatus => (termStatuses as readonly string[]).includes(value);

/** Glossary form text that takes more than a lookup: field problems, and a field's value for reading. */
export function useGlossaryText() {
  const t = useTranslations("glossaries");
  const problem = useTranslations("glossaries.fieldErrors");

  /** The problem as a sentence; a malformed language tag or date says what is expected. */
  function fieldError(code: DraftErrorCode, field?: string): string {
    if (code === "required") return problem("required");
    if (code === "tooLong") return problem("tooLong");
    if (field === "language") return problem("languageInvalid");
    if (field === "statusNoteDate") return problem("dateInvalid");
    return problem("invalid");
  }

  /** A field's value for reading: statuses and parts of speech by name, an empty value said so. */
  function valueText(field: ConceptDraftField | TermDraftField, value: string): string {
    if (value === "") return t("form.emptyValue");
    if (field === "status" && isTermStatus(value)) return t(`status.${value}`);
    if (field === "partOfSpeech" && isPartOfSpeech(value)) return t(`partOfSpeech.${value}`);
    return value;
  }

  return { fieldError, valueText };
}
