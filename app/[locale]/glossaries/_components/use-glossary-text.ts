import { useTranslations } from "next-intl";
import type { ConceptDraftField, DraftErrorCode, TermDraftField } from "@/lib/glossary/concept-draft";
import type { PartOfSpeech, TermStatus } from "@/lib/glossary/types";

/** Translated names for the glossary codes (statuses, parts of speech, form fields, field problems). */
export function useGlossaryText() {
  const status = useTranslations("glossaries.status");
  const partOfSpeech = useTranslations("glossaries.partOfSpeech");
  const form = useTranslations("glossaries.form");
  const problem = useTranslations("glossaries.fieldErrors");

  function statusName(value: TermStatus): string {
    switch (value) {
      case "preferred":
        return status("preferred");
      case "admitted":
        return status("admitted");
      case "deprecated":
        return status("deprecated");
      case "superseded":
        return status("superseded");
      case "forbidden":
        return status("forbidden");
    }
  }

  function partOfSpeechName(value: PartOfSpeech): string {
    switch (value) {
      case "noun":
        return partOfSpeech("noun");
      case "verb":
        return partOfSpeech("verb");
      case "adjective":
        return partOfSpeech("adjective");
      case "adverb":
        return partOfSpeech("adverb");
      case "other":
        return partOfSpeech("other");
    }
  }

  function fieldLabel(field: ConceptDraftField | TermDraftField): string {
    switch (field) {
      case "subjectField":
        return form("subjectField");
      case "definition":
        return form("definition");
      case "note":
        return form("note");
      case "language":
        return form("language");
      case "text":
        return form("text");
      case "status":
        return form("status");
      case "partOfSpeech":
        return form("partOfSpeech");
      case "usageExample":
        return form("usageExample");
      case "statusNote":
        return form("statusNote");
      case "statusNoteDate":
        return form("statusNoteDate");
    }
  }

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
    if (value === "") return form("emptyValue");
    if (field === "status") return statusName(value as TermStatus);
    if (field === "partOfSpeech") return partOfSpeechName(value as PartOfSpeech);
    return value;
  }

  return { statusName, partOfSpeechName, fieldLabel, fieldError, valueText };
}
