// Reads of glossaries themselves: the list, one glossary (once per request), its facets for the entry filters,
// the reader's chooser and the versions its matcher cache is keyed by. A draft (publishedAt null) is listed only
// for a caller who says it may see drafts (lib/auth/permissions.ts "glossary.readDrafts"); the reader never gets one.
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
  publishedAt: true,
  createdById: true,
  updatedAt: true,
} as const;

const publishedOnly = { publishedAt: { not: null } } as const;

function toGlossary<T extends { languages: unknown; subjectFields: unknown; publishedAt: Date | null }>(row: T) {
  return {
    ...row,
    languages: asStrings(row.languages),
    subjectFields: asStrings(row.subjectFields),
    isDraft: row.publishedAt === null,
  };
}

export type GlossarySummary = Awaited<ReturnType<typeof listGlossaries>>[number];

/** Published glossaries, and drafts too when `includeDrafts` (an editor's or admin's list). */
export async function listGlossaries({ includeDrafts }: { includeDrafts: boolean }) {
  const db = await getDb();
  const rows = await db.glossary.findMany({
    where: includeDrafts ? {} : publishedOnly,
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
 * By id or slug, draft or not (the caller decides who sees a draft: getReadableGlossary); NOT_FOUND when there is
 * none. Read once per request (React cache): a glossary page's layout, page and metadata share it.
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

/** The same, but a draft is NOT_FOUND unless the caller may see drafts: a reader cannot tell it from no glossary. */
export async function getReadableGlossary(idOrSlug: string, { includeDrafts }: { includeDrafts: boolean }) {
  const glossary = await getGlossary(idOrSlug);
  if (glossary.isDraft && !includeDrafts) throw new AppError("NOT_FOUND", "No such glossary");
  return glossary;
}

/** A demo glossary's id by its name: the seed imports a starter glossary only once. */
export async function findDemoGlossaryId(name: string): Promise<string | null> {
  const db = await getDb();
  const glossary = await db.glossary.findFirst({ where: { name, isDemo: true }, select: { id: true } });
  return glossary?.id ?? null;
}

/** The version an import preview was made at or an import must find; NOT_FOUND when there is no such glossary. */
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

/**
 * Every published glossary as the reader's chooser lists it, with the version its cached matcher must have (one
 * small query, every request: publishing, unpublishing or deleting a glossary shows at the reader's next page).
 */
export async function listGlossaryChoices() {
  const db = await getDb();
  return db.glossary.findMany({
    where: publishedOnly,
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
