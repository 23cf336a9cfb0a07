// TBX picklist values and our model's, both ways: administrativeStatus (TBX 2008, TBX v3, TBX-Min spellings),
// partOfSpeech (with the localized values real files carry), and the convention that writes `forbidden`.
import type { GrammaticalGender, PartOfSpeech, StatusNote, TermStatus, TermType } from "../../glossary/types";

type Mapped<T> = { value: T; exact: boolean } | null;

// TBX-Basic (v2 and v3) writes "preferredTerm-admn-sts"; ISO 12620's normativeAuthorization writes
// "preferredTerm"; TBX-Min and hand-made files write "preferred". All are the same four statuses.
const statuses: Record<string, TermStatus> = {
  preferredterm: "preferred",
  admittedterm: "admitted",
  deprecatedterm: "deprecated",
  supersededterm: "superseded",
  preferred: "preferred",
  admitted: "admitted",
  deprecated: "deprecated",
  superseded: "superseded",
  forbidden: "forbidden",
};
// Values of the full TBX picklists that TBX-Basic has no place for: kept as the nearest status, with a warning.
const nearStatuses: Record<string, TermStatus> = {
  standardizedterm: "preferred",
  legalterm: "preferred",
  regulatedterm: "preferred",
  forbiddenterm: "forbidden",
  notrecommended: "deprecated",
  obsolete: "superseded",
};

/**
 * The status of a TBX administrativeStatus (or normativeAuthorization) value; `exact` false when it had to be approximated.
 * @example statusFromTbx("supersededTerm-admn-sts") // { value: "superseded", exact: true }
 * @example statusFromTbx("standardizedTerm-admn-sts") // { value: "preferred", exact: false }
 */
export function statusFromTbx(value: string): Mapped<TermStatus> {
  const key = value
    .trim()
    .replace(/-admn-sts$/iu, "")
    .toLowerCase();
  if (statuses[key]) return { value: statuses[key], exact: key !== "forbidden" && key !== "forbiddenterm" };
  return nearStatuses[key] ? { value: nearStatuses[key], exact: false } : null;
}

/**
 * TBX-Basic has no forbidden status: a forbidden term is written `deprecatedTerm-admn-sts` inside a termNoteGrp
 * whose note reads exactly `forbiddenTerm-admn-sts`. A TBX-Basic tool sees a deprecated term (the nearest
 * meaning) and the note; our reader sees forbidden again.
 */
export const forbiddenMarker = "forbiddenTerm-admn-sts";

/**
 * The administrativeStatus value written for a status.
 * @example statusToTbx("forbidden") // "deprecatedTerm-admn-sts"
 */
export function statusToTbx(status: TermStatus): string {
  return `${status === "forbidden" ? "deprecated" : status}Term-admn-sts`;
}

/**
 * A status note as TBX-Basic can hold it: a note in the status's termNoteGrp, its date first ("2019-03-23 Renamed …"),
 * because TBX-Basic allows transaction dates only at entry, language and term level.
 * @example statusNoteToTbx({ date: "2019-03-23", text: "Renamed Nur-Sultan" }) // "2019-03-23 Renamed Nur-Sultan"
 */
export function statusNoteToTbx(note: StatusNote): string {
  return note.date ? `${note.date} ${note.text}` : note.text;
}

/**
 * The status note read back from such a note.
 * @example statusNoteFromTbx("2019-03-23 Renamed Nur-Sultan") // { date: "2019-03-23", text: "Renamed Nur-Sultan" }
 */
export function statusNoteFromTbx(text: string): StatusNote {
  const dated = /^(\d{4}-\d{2}-\d{2})\s+(\S.*)$/su.exec(text);
  return dated ? { date: dated[1], text: dated[2] } : { text };
}

// TBX-Basic v3 has five parts of speech; TBX 2008 also had properNoun. Files from localized tools write
// the value in their own language (the IBM sample's French entries say "nom").
const partsOfSpeech: Record<string, PartOfSpeech> = {
  noun: "noun",
  verb: "verb",
  adjective: "adjective",
  adverb: "adverb",
  other: "other",
};
const nearPartsOfSpeech: Record<string, PartOfSpeech> = {
  propernoun: "noun",
  nom: "noun",
  "nom propre": "noun",
  substantif: "noun",
  verbe: "verb",
  adjectif: "adjective",
  adverbe: "adverb",
  sustantivo: "noun",
  substantivo: "noun",
  nombre: "noun",
  verbo: "verb",
  adjetivo: "adjective",
  adverbio: "adverb",
  advérbio: "adverb",
  substantiv: "noun",
  nomen: "noun",
  adjektiv: "adjective",
  n: "noun",
  v: "verb",
  adj: "adjective",
  adv: "adverb",
  существительное: "noun",
  глагол: "verb",
  прилагательное: "adjective",
  наречие: "adverb",
  名词: "noun",
  动词: "verb",
  形容词: "adjective",
  副词: "adverb",
};

/**
 * The part of speech of a TBX partOfSpeech value; `exact` false for a translated or TBX 2008-only value.
 * @example partOfSpeechFromTbx("nom") // { value: "noun", exact: false }
 */
export function partOfSpeechFromTbx(value: string): Mapped<PartOfSpeech> {
  const key = value.trim().toLowerCase();
  if (partsOfSpeech[key]) return { value: partsOfSpeech[key], exact: true };
  return nearPartsOfSpeech[key] ? { value: nearPartsOfSpeech[key], exact: false } : null;
}

const genders: readonly GrammaticalGender[] = ["masculine", "feminine", "neuter", "other"];
const termTypes: readonly TermType[] = ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"];

/**
 * A picklist value if the file's value is one of TBX-Basic's (compared without case), else null.
 * @example picklistValue("grammaticalGender", "Masculine") // "masculine"
 */
export function picklistValue<K extends "grammaticalGender" | "termType">(
  category: K,
  value: string,
): (K extends "grammaticalGender" ? GrammaticalGender : TermType) | null {
  const list: readonly string[] = category === "grammaticalGender" ? genders : termTypes;
  const found = list.find((item) => item.toLowerCase() === value.trim().toLowerCase());
  return (found ?? null) as (K extends "grammaticalGender" ? GrammaticalGender : TermType) | null;
}

/**
 * The ISO date of a TBX date (time of day dropped), or null.
 * @example isoDate("2016-10-21T10:00:00Z") // "2016-10-21"; isoDate("21/10/2016") // null
 */
export function isoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u.exec(value.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3])
    ? match[0].slice(0, 10)
    : null;
}
