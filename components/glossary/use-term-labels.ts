import { useTranslations } from "next-intl";
import {
  partsOfSpeech,
  termStatuses,
  type GrammaticalGender,
  type PartOfSpeech,
  type TermStatus,
  type TermType,
} from "@/lib/glossary/types";

/** Field names a history change can name (lib/glossary/import-plan.ts FieldChange). */
export type ChangeField =
  | "subjectField"
  | "definition"
  | "definitionSource"
  | "note"
  | "language"
  | "text"
  | "status"
  | "partOfSpeech"
  | "grammaticalGender"
  | "termType"
  | "geographicalUsage"
  | "usageExample"
  | "usageExampleSource"
  | "source"
  | "statusNote";

const genders: readonly GrammaticalGender[] = ["masculine", "feminine", "neuter", "other"];
const termTypes: readonly TermType[] = ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"];
const isOneOf = <T extends string>(list: readonly T[], raw: string): raw is T =>
  (list as readonly string[]).includes(raw);

/** Translated names for a term's status, part of speech, gender and type, and for the fields of an entry. */
export function useTermLabels() {
  const t = useTranslations("glossaryEntry");

  function status(value: TermStatus): string {
    switch (value) {
      case "preferred":
        return t("statusPreferred");
      case "admitted":
        return t("statusAdmitted");
      case "deprecated":
        return t("statusDeprecated");
      case "superseded":
        return t("statusSuperseded");
      case "forbidden":
        return t("statusForbidden");
    }
  }

  function partOfSpeech(value: PartOfSpeech): string {
    switch (value) {
      case "noun":
        return t("posNoun");
      case "verb":
        return t("posVerb");
      case "adjective":
        return t("posAdjective");
      case "adverb":
        return t("posAdverb");
      case "other":
        return t("posOther");
    }
  }

  function gender(value: GrammaticalGender): string {
    switch (value) {
      case "masculine":
        return t("genderMasculine");
      case "feminine":
        return t("genderFeminine");
      case "neuter":
        return t("genderNeuter");
      case "other":
        return t("genderOther");
    }
  }

  function termType(value: TermType): string {
    switch (value) {
      case "fullForm":
        return t("typeFullForm");
      case "acronym":
        return t("typeAcronym");
      case "abbreviation":
        return t("typeAbbreviation");
      case "shortForm":
        return t("typeShortForm");
      case "variant":
        return t("typeVariant");
      case "phrase":
        return t("typePhrase");
    }
  }

  function field(value: ChangeField): string {
    switch (value) {
      case "subjectField":
        return t("fieldSubjectField");
      case "definition":
        return t("fieldDefinition");
      case "definitionSource":
        return t("fieldDefinitionSource");
      case "note":
        return t("fieldNote");
      case "language":
        return t("fieldLanguage");
      case "text":
        return t("fieldText");
      case "status":
        return t("fieldStatus");
      case "partOfSpeech":
        return t("fieldPartOfSpeech");
      case "grammaticalGender":
        return t("fieldGrammaticalGender");
      case "termType":
        return t("fieldTermType");
      case "geographicalUsage":
        return t("fieldGeographicalUsage");
      case "usageExample":
        return t("fieldUsageExample");
      case "usageExampleSource":
        return t("fieldUsageExampleSource");
      case "source":
        return t("fieldSource");
      case "statusNote":
        return t("fieldStatusNote");
    }
  }

  /** A recorded value in words: statuses, parts of speech, genders and types translated, anything else as written. */
  function value(name: ChangeField, raw: string): string {
    if (name === "status" && isOneOf(termStatuses, raw)) return status(raw);
    if (name === "partOfSpeech" && isOneOf(partsOfSpeech, raw)) return partOfSpeech(raw);
    if (name === "grammaticalGender" && isOneOf(genders, raw)) return gender(raw);
    if (name === "termType" && isOneOf(termTypes, raw)) return termType(raw);
    return raw;
  }

  return { status, partOfSpeech, field, value };
}
