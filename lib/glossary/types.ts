// The concept-oriented termbase as plain data, shaped after TBX (ISO 30042): a concept carries what is true
// of the idea (subject field, definition, notes), its terms carry what is true of one word in one language.

/** TBX-Basic's administrativeStatus values plus `forbidden`, which TBX-Basic has no value for (see lib/formats/tbx). */
export type TermStatus = "preferred" | "admitted" | "deprecated" | "superseded" | "forbidden";

export const termStatuses: readonly TermStatus[] = ["preferred", "admitted", "deprecated", "superseded", "forbidden"];

/** TBX-Basic v3's partOfSpeech picklist. */
export type PartOfSpeech = "noun" | "verb" | "adjective" | "adverb" | "other";

export const partsOfSpeech: readonly PartOfSpeech[] = ["noun", "verb", "adjective", "adverb", "other"];

/** A stored part of speech (a free column) that is one of the picklist's, so it can be shown translated. */
export const isPartOfSpeech = (value: string | null): value is PartOfSpeech =>
  value !== null && (partsOfSpeech as readonly string[]).includes(value);

export const grammaticalGenders = ["masculine", "feminine", "neuter", "other"] as const;
export type GrammaticalGender = (typeof grammaticalGenders)[number];

export const termTypes = ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"] as const;
export type TermType = (typeof termTypes)[number];

/** One entry of a TBX transacGrp: who created or changed an entry, a language section or a term, and when. */
export type Transaction = {
  type: "origination" | "modification";
  /** ISO date, "2010-04-17". */
  date?: string;
  /** The person as the file names them ("Tommy"). */
  responsibility?: string;
};

/** Why a status was given, with the date it took effect: Astana → Nur-Sultan (2019-03-23) → Astana (2022-09-17). */
export type StatusNote = { text: string; date?: string };

export type Term = {
  /** BCP 47, as the source gives it ("en", "en-US", "zh-Hans"). */
  language: string;
  text: string;
  status: TermStatus;
  partOfSpeech?: PartOfSpeech;
  grammaticalGender?: GrammaticalGender;
  termType?: TermType;
  geographicalUsage?: string;
  /** Separate notes are separate lines. */
  note?: string;
  /** TBX context: a sentence that shows the term in use. Separate contexts are separate lines. */
  usageExample?: string;
  usageExampleSource?: string;
  /** TBX source admin at term level: where the term itself comes from. */
  source?: string;
  statusNote?: StatusNote;
  transactions?: Transaction[];
};

/** What TBX says inside one langSec besides its terms: the definition and notes in that language. */
export type LanguageDetails = {
  definition?: string;
  definitionSource?: string;
  note?: string;
  transactions?: Transaction[];
};

/** TBX xref: an image (xGraphic) or a page elsewhere (externalCrossReference) about the concept. */
export type ConceptLink = { type: "xGraphic" | "externalCrossReference"; target: string; text?: string };

export type Concept = {
  id?: string;
  subjectField?: string;
  /** A definition given at concept level, in no particular language section. */
  definition?: string;
  definitionSource?: string;
  note?: string;
  /** Definitions and notes given per language section, keyed by the language tag of the terms. */
  perLanguage?: Record<string, LanguageDetails>;
  links?: ConceptLink[];
  transactions?: Transaction[];
  terms: Term[];
};

export type Glossary = {
  name: string;
  description?: string;
  /** Tags in order of first appearance. */
  languages: string[];
  subjectFields: string[];
};
