// Reads of glossaries themselves: the list, one glossary (once per request), its facets for the entry filters,
// the reader's chooser and the versions its matcher cache is keyed by.
import "server-only";
import { cache } from "react";
import { getDb } from "../db.ts";
import { isStorableText } from "../../lib/validation/storable-text.ts";
import { AppError } from "../errors.ts";

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

export async function listGlossaries() {
  const db = await getDb();
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

/**
 * By id or slug; NOT_FOUND when there is none. Read once per request (React cache): a glossary page's layout,
 * page and metadata share it.
 */
export const getGlossary = cache(async (idOrSlug: string) => {
  // A URL's %00 (or a lone surrogate) names no row, and PostgreSQL refuses NUL in a query: a 404, not a 500.
  if (!isStorableText(idOrSlug)) throw new AppError("NOT_FOUND", "No such glossary");
  const db = await getDb();
  const row = await db.glossary.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: glossarySelect,
  });
  if (!row) throw new AppError("NOT_FOUND", "No such glossary");
  return toGlossary(row);
});

/** The version an import preview was made at or an import must find; NOT_FOUND when there is no such glossary. */
/** A demo glossary's id by its name: the seed imports a starter glossary only once. */
export async function findDemoGlossaryId(name: string): Promise<string | null> {
  const db = await getDb();
  const glossary = await db.glossary.findFirst({ where: { name, isDemo: true }, select: { id: true } });
  return glossary?.id ?? null;
}

export async function getGlossaryVersion(glossaryId: string) {
  const db = await getDb();
  const glossary = await db.glossary.findUnique({ where: { id: glossaryId }, select: { version: true } });
  if (!glossary) throw new AppError("NOT_FOUND", "No such glossary");
  return glossary.version;
}

/** The languages of a glossary's terms and the subject fields of its entries, for the entry filters. */
export async function listGlossaryFacets(glossaryId: string) {
  const db = await getDb();
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

/** Every glossary as the reader's chooser lists it, with the version its cached matcher must have (one small query). */
export async function listGlossaryChoices() {
  const db = await getDb();
  return db.glossary.findMany({
    select: { id: true, slug: true, name: true, version: true },
    orderBy: [{ isDemo: "desc" }, { name: "asc" }, { id: "asc" }],
  });
}

export async function getGlossaryVersions(glossaryIds: readonly string[]) {
  const db = await getDb();
  const rows = await db.glossary.findMany({
    where: { id: { in: [...glossaryIds] } },
    select: { id: true, version: true },
  });
  return new Map(rows.map((row) => [row.id, row.version]));
}
