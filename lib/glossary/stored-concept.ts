// The concept model as the database stores it (searchable fields in columns, rare TBX fields in JSON) and back,
// so that import(export(x)) gives x again. Pure: rows in, core types out.
import { conceptSearchText } from "./concept-search-text";
import { foldTerm } from "./normalize";
import type { Concept, ConceptLink, LanguageDetails, PartOfSpeech, Term, TermStatus, Transaction } from "./types";

type JsonValue = unknown;

export type StoredTerm = {
  id: string;
  language: string;
  text: string;
  status: TermStatus;
  partOfSpeech: string | null;
  note: string | null;
  usageExample: string | null;
  statusNote: string | null;
  statusNoteDate: string | null;
  details: JsonValue | null;
};

export type StoredConcept = {
  id: string;
  externalId: string | null;
  subjectField: string | null;
  definition: string | null;
  definitionSource: string | null;
  note: string | null;
  perLanguage: JsonValue | null;
  links: JsonValue | null;
  transactions: JsonValue | null;
  terms: StoredTerm[];
};

/** The rarer term fields, kept together in one JSON column. */
type TermDetails = Pick<
  Term,
  "grammaticalGender" | "termType" | "geographicalUsage" | "usageExampleSource" | "source" | "transactions"
>;
const detailFields = [
  "grammaticalGender",
  "termType",
  "geographicalUsage",
  "usageExampleSource",
  "source",
  "transactions",
] as const;

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * A stored concept as the core sees it; its id is the file's id when it came from one, so a re-import matches it.
 * @example toConcept({ id: "ck1", externalId: "c7", …, terms: [{ language: "en", text: "Astana", status: "preferred", … }] })
 * // { id: "c7", terms: [{ language: "en", text: "Astana", status: "preferred" }] }
 */
export function toConcept(row: StoredConcept): Concept {
  return withoutUndefined<Concept>({
    id: row.externalId ?? row.id,
    subjectField: orUndefined(row.subjectField),
    definition: orUndefined(row.definition),
    definitionSource: orUndefined(row.definitionSource),
    note: orUndefined(row.note),
    perLanguage: orUndefined(row.perLanguage) as Record<string, LanguageDetails> | undefined,
    links: orUndefined(row.links) as ConceptLink[] | undefined,
    transactions: orUndefined(row.transactions) as Transaction[] | undefined,
    terms: row.terms.map(toTerm),
  });
}

function toTerm(row: StoredTerm): Term {
  return withoutUndefined<Term>({
    language: row.language,
    text: row.text,
    status: row.status,
    partOfSpeech: orUndefined(row.partOfSpeech) as PartOfSpeech | undefined,
    note: orUndefined(row.note),
    usageExample: orUndefined(row.usageExample),
    statusNote:
      row.statusNote === null
        ? undefined
        : withoutUndefined({ text: row.statusNote, date: orUndefined(row.statusNoteDate) }),
    ...((row.details ?? {}) as TermDetails),
  });
}

/** The concept's own columns, for a create or an update (null clears a field); `searchText` is what search folds. */
export function conceptColumns(concept: Concept) {
  return {
    subjectField: concept.subjectField ?? null,
    definition: concept.definition ?? null,
    definitionSource: concept.definitionSource ?? null,
    note: concept.note ?? null,
    searchText: conceptSearchText(concept),
    perLanguage: concept.perLanguage && Object.keys(concept.perLanguage).length ? concept.perLanguage : null,
    links: concept.links?.length ? concept.links : null,
    transactions: concept.transactions?.length ? concept.transactions : null,
  };
}

/** A term's columns; `normalized` is foldTerm(text), the form search compares against. */
export function termColumns(term: Term) {
  const details = withoutUndefined(Object.fromEntries(detailFields.map((field) => [field, term[field]])));
  return {
    language: term.language,
    text: term.text,
    normalized: foldTerm(term.text),
    status: term.status,
    partOfSpeech: term.partOfSpeech ?? null,
    note: term.note ?? null,
    usageExample: term.usageExample ?? null,
    statusNote: term.statusNote?.text ?? null,
    statusNoteDate: term.statusNote?.date ?? null,
    details: Object.keys(details).length ? details : null,
  };
}

/** The entry in the core shape with its stored id kept (history snapshots, conflict details), not the file's. */
export function entryConcept(row: StoredConcept): Concept {
  return { ...toConcept(row), id: row.id };
}
