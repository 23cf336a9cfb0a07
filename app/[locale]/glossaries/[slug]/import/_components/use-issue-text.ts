import { useFormatter, useTranslations } from "next-intl";
import type { ImportIssue } from "@/lib/formats/import-report";
import type { GlossaryIssueCode } from "@/lib/formats/read-glossary-file";

type Issue = ImportIssue<GlossaryIssueCode>;

/** The TBX and CSV readers' issue codes (lib/formats) in words, with where in the file each one is. */
export function useIssueText() {
  const t = useTranslations("GlossaryImport.issue");
  const format = useFormatter();

  function message({ code, detail }: Issue): string {
    switch (code) {
      case "empty":
        return t("empty");
      case "tooLarge":
        return t("tooLarge");
      case "unsupportedEncoding":
        return t("unsupportedEncoding", { detail });
      case "invalidEncoding":
        return t("invalidEncoding", { detail });
      case "encodingMismatch":
        return t("encodingMismatch", { detail });
      case "malformedXml":
        return t("malformedXml", { detail });
      case "entityDeclaration":
        return t("entityDeclaration");
      case "notTbx":
        return t("notTbx");
      case "invalidLanguageTag":
        return t("invalidLanguageTag", { detail });
      case "missingLanguageTag":
        return t("missingLanguageTag");
      case "emptyTerm":
        return t("emptyTerm");
      case "conceptWithoutTerms":
        return t("conceptWithoutTerms");
      case "duplicateConceptId":
        return t("duplicateConceptId", { detail });
      case "duplicateLanguageSection":
        return t("duplicateLanguageSection", { detail });
      case "duplicateTerm":
        return t("duplicateTerm", { detail });
      case "duplicateValue":
        return t("duplicateValue", { detail });
      case "unsupportedDataCategory":
        return t("unsupportedDataCategory");
      case "unsupportedElement":
        return t("unsupportedElement");
      case "valueMapped":
        return t("valueMapped", { detail });
      case "unknownValue":
        return t("unknownValue", { detail });
      case "invalidDate":
        return t("invalidDate", { detail });
      case "statusMissing":
        return t("statusMissing");
      case "replacementCharacter":
        return t("replacementCharacter");
      case "noConcepts":
        return t("noConcepts");
      case "malformedCsv":
        return t("malformedCsv", { detail });
      case "noTermColumn":
        return t("noTermColumn");
      case "noLanguageColumn":
        return t("noLanguageColumn");
      case "conflictingValue":
        return t("conflictingValue", { detail });
      case "extraCells":
        return t("extraCells", { detail });
    }
  }

  return {
    message,
    /** "Line 12", or nothing when the reader could not tell. */
    line: (issue: Issue) => (issue.line ? t("atLine", { line: issue.line }) : null),
    /** "3 places" for an issue reported once for many. */
    count: (issue: Issue) => (issue.count && issue.count > 1 ? t("occurrences", { count: issue.count }) : null),
    terms: (issue: Issue) =>
      issue.terms?.length ? t("termsNotImported", { terms: format.list(issue.terms, { type: "conjunction" }) }) : null,
  };
}
