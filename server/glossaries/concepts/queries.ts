// Reads of glossary entries (concepts with their terms): one entry with its history, the editor's search, and every
// entry of a glossary in the core shape (what an import plans against and an export writes).
import "server-only";
import type { z } from "zod";
import { searchQuery } from "../../../lib/glossary/concept-search-text.ts";
import { toConcept } from "../../../lib/glossary/stored-concept.ts";
import type { Concept } from "../../../lib/glossary/types.ts";
import { pageWindow } from "../../../lib/paging/page-window.ts";
import { isStorableText } from "../../../lib/validation/storable-text.ts";
import { getDb } from "../../db.ts";
import { AppError } from "../../errors.ts";
import type { searchConceptsSchema } from "../schema.ts";

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

/** An entry as the editor sees it: the stored concept, its version and its glossary; NOT_FOUND when there is none. */
export async function getConcept(conceptId: string) {
  // A URL's %00 (or a lone surrogate) names no row, and PostgreSQL refuses NUL in a query: a 404, not a 500.
  if (!isStorableText(conceptId)) throw new AppError("NOT_FOUND", "No such entry");
  const db = await getDb();
  const row = await db.concept.findUnique({
    where: { id: conceptId },
    select: { ...conceptSelect, version: true, glossaryId: true, createdAt: true, updatedAt: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "No such entry");
  return row;
}

/** Whether the entry still exists (after a batch that found it changed or gone). */
export async function hasConcept(conceptId: string) {
  const db = await getDb();
  return (await db.concept.findUnique({ where: { id: conceptId }, select: { id: true } })) !== null;
}

/** The glossary an entry belongs to, or null when there is no such entry. */
export async function getConceptGlossaryId(conceptId: string) {
  const db = await getDb();
  const concept = await db.concept.findUnique({ where: { id: conceptId }, select: { glossaryId: true } });
  return concept?.glossaryId ?? null;
}

export async function getConceptHistory(conceptId: string) {
  const db = await getDb();
  return db.conceptHistory.findMany({
    where: { conceptId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, kind: true, changes: true, createdAt: true, actor: { select: { name: true } } },
  });
}

type SearchInput = z.output<typeof searchConceptsSchema>;

/**
 * One page of a glossary's entries. Text, folded as the index is (case, accents, width, apostrophes), matches a
 * term's folded form or the entry's folded definitions and notes (searchText); language and status narrow to entries
 * having such a term (the same term when both are given).
 */
export async function searchConcepts(input: SearchInput) {
  const db = await getDb();
  const termFilter = {
    ...(input.language ? { language: input.language } : {}),
    ...(input.status ? { status: input.status } : {}),
  };
  const folded = input.text ? searchQuery(input.text) : "";
  const where = {
    glossaryId: input.glossaryId,
    ...(input.subjectField ? { subjectField: input.subjectField } : {}),
    AND: [
      ...(Object.keys(termFilter).length ? [{ terms: { some: termFilter } }] : []),
      ...(folded
        ? [
            {
              OR: [
                { terms: { some: { normalized: { contains: folded } } } },
                // Both sides folded and lowercase: a plain LIKE, the same on SQLite and PostgreSQL.
                { searchText: { contains: folded } },
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

/** A concept in the core shape plus where it is stored: its row, version and term rows (parallel to terms). */
export type StoredGlossaryConcept = Concept & { storedId: string; version: number; termIds: string[] };

/** Every concept of a glossary in the core shape, ids as a file would give them back (for import plans and exports). */
export async function loadGlossaryConcepts(glossaryId: string): Promise<StoredGlossaryConcept[]> {
  const db = await getDb();
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

/** One entry's terms, in a stable order (what its occurrence scan matches, and part of that scan's cache key). */
export async function listConceptTerms(conceptId: string) {
  const db = await getDb();
  return db.term.findMany({
    where: { conceptId },
    select: { id: true, text: true, language: true },
    orderBy: { id: "asc" },
  });
}
