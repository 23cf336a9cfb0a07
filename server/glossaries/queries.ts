// Reads for glossaries: the list, one entry with its history, the editor's search, what an import and an export
// need (every concept in the core shape), and the terms the reader's matcher is built from.
import { foldTerm } from "../../lib/glossary/normalize.ts";
import { toConcept, type StoredConcept } from "../../lib/glossary/stored-concept.ts";
import type { Concept, Glossary as GlossaryHeader, TermStatus } from "../../lib/glossary/types.ts";
import { pageWindow } from "../../lib/paging/page-window.ts";
import { providerOf, type Db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { searchConceptsSchema } from "./schema.ts";
import type { z } from "zod";

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

const glossarySelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  languages: true,
  subjectFields: true,
  version: true,
  isDemo: true,
  updatedAt: true,
} as const;

function toGlossary<T extends { languages: unknown; subjectFields: unknown }>(row: T) {
  return { ...row, languages: asStrings(row.languages), subjectFields: asStrings(row.subjectFields) };
}

export type GlossarySummary = Awaited<ReturnType<typeof listGlossaries>>[number];

export async function listGlossaries(db: Db) {
  const rows = await db.glossary.findMany({
    select: { ...glossarySelect, _count: { select: { concepts: true, terms: true } } },
    orderBy: [{ isDemo: "desc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({
    ...toGlossary(row),
    conceptCount: _count.concepts,
    termCount: _count.terms,
  }));
}

/** By id or slug; NOT_FOUND when there is none. */
export async function getGlossary(db: Db, idOrSlug: string) {
  const row = await db.glossary.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: glossarySelect,
  });
  if (!row) throw new AppError("NOT_FOUND", "No such glossary");
  return toGlossary(row);
}

export type GlossaryDetails = Awaited<ReturnType<typeof getGlossary>>;

/** The languages of a glossary's terms and the subject fields of its entries, for the entry filters. */
export async function listGlossaryFacets(db: Db, glossaryId: string) {
  const [languages, subjectFields] = await Promise.all([
    db.term.findMany({
      where: { glossaryId },
      distinct: ["language"],
      select: { language: true },
      orderBy: { language: "asc" },
    }),
    db.concept.findMany({
      where: { glossaryId, subjectField: { not: null } },
      distinct: ["subjectField"],
      select: { subjectField: true },
      orderBy: { subjectField: "asc" },
    }),
  ]);
  return {
    languages: languages.map((row) => row.language),
    subjectFields: subjectFields.flatMap((row) => (row.subjectField ? [row.subjectField] : [])),
  };
}

/** The header a TBX or CSV export starts with. */
export function glossaryHeader(glossary: GlossaryDetails): GlossaryHeader {
  return {
    name: glossary.name,
    description: glossary.description ?? undefined,
    languages: glossary.languages,
    subjectFields: glossary.subjectFields,
  };
}

const termSelect = {
  id: true,
  language: true,
  text: true,
  status: true,
  partOfSpeech: true,
  note: true,
  usageExample: true,
  statusNote: true,
  statusNoteDate: true,
  details: true,
} as const;

const conceptSelect = {
  id: true,
  externalId: true,
  subjectField: true,
  definition: true,
  definitionSource: true,
  note: true,
  perLanguage: true,
  links: true,
  transactions: true,
  terms: { select: termSelect, orderBy: { position: "asc" } },
} as const;

/** An entry as the editor sees it: the stored concept, its version and its glossary. */
export async function getConcept(db: Db, conceptId: string) {
  const row = await db.concept.findUnique({
    where: { id: conceptId },
    select: { ...conceptSelect, version: true, glossaryId: true, createdAt: true, updatedAt: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "No such entry");
  return row;
}

export type StoredEntry = Awaited<ReturnType<typeof getConcept>>;

/** The entry in the core shape, with stored ids kept (history snapshots, conflict details). */
export function entryConcept(row: StoredConcept): Concept {
  return { ...toConcept(row), id: row.id };
}

export async function getConceptHistory(db: Db, conceptId: string) {
  return db.conceptHistory.findMany({
    where: { conceptId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, kind: true, changes: true, createdAt: true, actor: { select: { name: true } } },
  });
}

type SearchInput = z.output<typeof searchConceptsSchema>;

/** PostgreSQL's LIKE is case-sensitive; `mode` exists on its client only, hence the cast. */
function containing(db: Db, value: string) {
  return (providerOf(db) === "postgresql" ? { contains: value, mode: "insensitive" } : { contains: value }) as {
    contains: string;
  };
}

/**
 * One page of a glossary's entries. Text matches a term's folded form (case, accents, width) or the definition;
 * language and status narrow to entries having such a term (the same term when both are given).
 */
export async function searchConcepts(db: Db, input: SearchInput) {
  const termFilter = {
    ...(input.language ? { language: input.language } : {}),
    ...(input.status ? { status: input.status } : {}),
  };
  const folded = input.text ? foldTerm(input.text) : "";
  const where = {
    glossaryId: input.glossaryId,
    ...(input.subjectField ? { subjectField: input.subjectField } : {}),
    AND: [
      ...(Object.keys(termFilter).length ? [{ terms: { some: termFilter } }] : []),
      ...(input.text
        ? [
            {
              OR: [
                { terms: { some: { normalized: { contains: folded } } } },
                { definition: containing(db, input.text) },
                { note: containing(db, input.text) },
              ],
            },
          ]
        : []),
    ],
  };
  const total = await db.concept.count({ where });
  const window = pageWindow({ page: input.page, pageSize: input.pageSize, total });
  const column = input.sort === "created" ? "createdAt" : input.sort === "subjectField" ? "subjectField" : "updatedAt";
  const rows = await db.concept.findMany({
    where,
    select: { ...conceptSelect, version: true, updatedAt: true },
    orderBy: [{ [column]: input.direction }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
  });
  return { entries: rows, total, ...window };
}

export type EntryPage = Awaited<ReturnType<typeof searchConcepts>>;

/** A concept in the core shape plus where it is stored: its row, version and term rows (parallel to terms). */
export type StoredGlossaryConcept = Concept & { storedId: string; version: number; termIds: string[] };

/** Every concept of a glossary in the core shape, ids as a file would give them back (for import plans and exports). */
export async function loadGlossaryConcepts(db: Db, glossaryId: string): Promise<StoredGlossaryConcept[]> {
  const rows = await db.concept.findMany({
    where: { glossaryId },
    select: { ...conceptSelect, version: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    ...toConcept(row),
    storedId: row.id,
    version: row.version,
    termIds: row.terms.map((term) => term.id),
  }));
}

export type MatcherTerm = { id: string; conceptId: string; language: string; text: string; status: TermStatus };

/** The terms a reader's matcher indexes, with the glossary version they are valid for. */
export async function loadMatcherTerms(db: Db, glossaryId: string) {
  const glossary = await db.glossary.findUnique({ where: { id: glossaryId }, select: { version: true } });
  if (!glossary) throw new AppError("NOT_FOUND", "No such glossary");
  const terms = await db.term.findMany({
    where: { glossaryId, status: { not: "forbidden" } },
    select: { id: true, conceptId: true, language: true, text: true, status: true },
  });
  return { version: glossary.version, terms };
}

/** Every glossary as the reader's chooser lists it, with the version its cached matcher must have (one small query). */
export async function listGlossaryChoices(db: Db) {
  return db.glossary.findMany({
    select: { id: true, slug: true, name: true, version: true },
    orderBy: [{ isDemo: "desc" }, { name: "asc" }, { id: "asc" }],
  });
}

export type GlossaryChoice = Awaited<ReturnType<typeof listGlossaryChoices>>[number];

export async function getGlossaryVersions(db: Db, glossaryIds: readonly string[]) {
  const rows = await db.glossary.findMany({
    where: { id: { in: [...glossaryIds] } },
    select: { id: true, version: true },
  });
  return new Map(rows.map((row) => [row.id, row.version]));
}

/** What a popover shows for the concepts marked in an article: every term, the definition, the glossary. */
export async function getConceptCards(db: Db, conceptIds: readonly string[]) {
  if (conceptIds.length === 0) return [];
  return db.concept.findMany({
    where: { id: { in: [...conceptIds] } },
    select: {
      id: true,
      subjectField: true,
      definition: true,
      perLanguage: true,
      glossaryId: true,
      glossary: { select: { name: true, slug: true } },
      terms: { select: { id: true, language: true, text: true, status: true }, orderBy: { position: "asc" } },
    },
  });
}

export const proposalSelect = {
  id: true,
  glossaryId: true,
  conceptId: true,
  language: true,
  text: true,
  partOfSpeech: true,
  note: true,
  definition: true,
  status: true,
  reviewNote: true,
  reviewedAt: true,
  createdAt: true,
  author: { select: { name: true } },
  concept: {
    select: { id: true, terms: { select: { language: true, text: true, status: true }, orderBy: { position: "asc" } } },
  },
} as const;

export async function listProposals(
  db: Db,
  { glossaryId, status }: { glossaryId: string; status: "pending" | "accepted" | "declined" },
) {
  return db.termProposal.findMany({
    where: { glossaryId, status },
    select: proposalSelect,
    orderBy: [{ createdAt: status === "pending" ? "asc" : "desc" }, { id: "asc" }],
    take: 200,
  });
}

export async function countPendingProposals(db: Db, glossaryId: string) {
  return db.termProposal.count({ where: { glossaryId, status: "pending" } });
}

/** A contributor's own proposals still waiting in a glossary, newest first; `conceptId` narrows to one entry's. */
export async function listPendingProposalsOf(
  db: Db,
  { authorId, glossaryId, conceptId }: { authorId: string; glossaryId: string; conceptId?: string },
) {
  return db.termProposal.findMany({
    where: { authorId, glossaryId, status: "pending", ...(conceptId ? { conceptId } : {}) },
    select: {
      id: true,
      conceptId: true,
      language: true,
      text: true,
      partOfSpeech: true,
      note: true,
      definition: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
  });
}
