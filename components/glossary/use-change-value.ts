import { useTranslations } from "next-intl";
import type { ChangeField } from "@/lib/glossary/read-field-changes";
import { grammaticalGenders, partsOfSpeech, termStatuses, termTypes } from "@/lib/glossary/types";

const isOneOf = <T extends string>(list: readonly T[], raw: string): raw is T =>
  (list as readonly string[]).includes(raw);

/** A recorded value in words: statuses, parts of speech, genders and types translated, anything else as written. */
export function useChangeValue() {
  const t = useTranslations("glossaryEntry");
  return (name: ChangeField, raw: string): string => {
    if (name === "status" && isOneOf(termStatuses, raw)) return t(`status.${raw}`);
    if (name === "partOfSpeech" && isOneOf(partsOfSpeech, raw)) return t(`partOfSpeech.${raw}`);
    if (name === "grammaticalGender" && isOneOf(grammaticalGenders, raw)) return t(`gender.${raw}`);
    if (name === "termType" && isOneOf(termTypes, raw)) return t(`termType.${raw}`);
    return raw;
  };
}
