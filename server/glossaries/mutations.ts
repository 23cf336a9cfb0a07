// Writes of glossaries themselves: create one, edit its fields. Each is one batch with its audit entry; an edit
// bumps the version, which keys the reader's matcher cache and guards imports.
import "server-only";
import { randomUUID } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import { auditEntry } from "../audit/mutations.ts";
import { getDb, type Db } from "../db.ts";
import { newRowIds } from "./concepts/mutations.ts";

/** A URL name from the glossary's name; a short random tail when it is taken or has no Latin letters. */
async function freeSlug(db: Db, name: string) {
  const base = slugify(name).slice(0, 60) || "glossary";
  if (!(await db.glossary.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  return `${base}-${randomUUID().slice(0, 6)}`;
}

type GlossaryFields = { name: string; description?: string; languages: string[]; subjectFields: string[] };

export async function createGlossary(input: GlossaryFields & { actorId: string | null; isDemo?: boolean }) {
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
