// Writes of glossaries themselves: create one, publish or unpublish it, delete it. Each is one batch with its audit
// entry. Publishing does not bump the version (the matcher's terms are the same; an import preview stays valid):
// the reader lists published glossaries afresh on every page (listGlossaryChoices), so it sees the change at once.
import "server-only";
import { randomUUID } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import { auditEntry } from "../audit/mutations.ts";
import { confirmsDeletion } from "../../lib/glossary/delete-confirmation.ts";
import { getDb, type Db } from "../db.ts";
import { AppError } from "../errors.ts";
import { newRowIds } from "./concepts/mutations.ts";

/** A URL name from the glossary's name; a short random tail when it is taken or has no Latin letters. */
async function freeSlug(db: Db, name: string) {
  const base = slugify(name).slice(0, 60) || "glossary";
  if (!(await db.glossary.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  return `${base}-${randomUUID().slice(0, 6)}`;
}

type GlossaryFields = { name: string; description?: string; languages: string[]; subjectFields: string[] };

/** A new glossary is a draft unless `isPublished` (the seed's glossaries, which readers must see from the start). */
export async function createGlossary(
  input: GlossaryFields & { actorId: string | null; isDemo?: boolean; isPublished?: boolean; now?: Date },
) {
  const db = await getDb();
  // The same id scheme as entries: a letter first (TBX's xml:id), in creation order.
  const [id] = newRowIds(1);
  const slug = await freeSlug(db, input.name);
  const [glossary] = await db.$transaction([
    db.glossary.create({
      data: {
        id,
        slug,
        name: input.name,
        description: input.description ?? null,
        languages: input.languages,
        subjectFields: input.subjectFields,
        isDemo: input.isDemo ?? false,
        publishedAt: input.isPublished ? (input.now ?? new Date()) : null,
        createdById: input.actorId,
      },
      select: { id: true, slug: true },
    }),
    auditEntry(db, {
      actorId: input.actorId,
      action: "glossary.create",
      targetType: "glossary",
      targetId: id,
      targetLabel: input.name,
      details: { name: input.name },
    }),
  ]);
  return glossary;
}

/** Publishes or unpublishes; doing what is already done writes nothing and audits nothing. NOT_FOUND when gone. */
export async function setGlossaryPublished(input: {
  glossaryId: string;
  isPublished: boolean;
  actorId: string | null;
  now?: Date;
}) {
  const db = await getDb();
  const glossary = await db.glossary.findUnique({
    where: { id: input.glossaryId },
    select: { id: true, name: true, publishedAt: true },
  });
  if (!glossary) throw new AppError("NOT_FOUND", "No such glossary");
  if ((glossary.publishedAt !== null) === input.isPublished) return { isPublished: input.isPublished };
  await db.$transaction([
    // Guarded by the state just read, so that two editors' opposite clicks cannot both be audited as done.
    db.glossary.update({
      where: { id: glossary.id, publishedAt: glossary.publishedAt },
      data: { publishedAt: input.isPublished ? (input.now ?? new Date()) : null },
    }),
    auditEntry(db, {
      actorId: input.actorId,
      action: input.isPublished ? "glossary.publish" : "glossary.unpublish",
      targetType: "glossary",
      targetId: glossary.id,
      targetLabel: glossary.name,
      details: { name: glossary.name },
    }),
  ]);
  return { isPublished: input.isPublished };
}

/**
 * Deletes a glossary with its entries, terms, entry history and proposals (the schema's cascades), in one batch with
 * the audit entry, which keeps the name and what went with it: the glossary itself is no longer there to name.
 * `confirmName` must be the glossary's name (lib/glossary/delete-confirmation.ts), else INVALID_INPUT and nothing
 * changes.
 */
export async function deleteGlossary(input: { glossaryId: string; confirmName: string; actorId: string | null }) {
  const db = await getDb();
  const glossary = await db.glossary.findUnique({
    where: { id: input.glossaryId },
    select: { id: true, name: true, slug: true, _count: { select: { concepts: true, terms: true, proposals: true } } },
  });
  if (!glossary) throw new AppError("NOT_FOUND", "No such glossary");
  if (!confirmsDeletion(glossary.name, input.confirmName))
    throw new AppError("INVALID_INPUT", "Type the glossary's name to delete it");
  await db.$transaction([
    // The name read above must still be the one confirmed.
    db.glossary.delete({ where: { id: glossary.id, name: glossary.name } }),
    auditEntry(db, {
      actorId: input.actorId,
      action: "glossary.delete",
      targetType: "glossary",
      targetId: glossary.id,
      targetLabel: glossary.name,
      details: {
        name: glossary.name,
        slug: glossary.slug,
        entries: glossary._count.concepts,
        terms: glossary._count.terms,
        proposals: glossary._count.proposals,
      },
    }),
  ]);
  return { name: glossary.name };
}
