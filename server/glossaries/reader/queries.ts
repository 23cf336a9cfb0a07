// Reads behind the reader's glossary marks: the terms a glossary's matcher indexes, and the popover cards of the
// concepts found in an article.
import "server-only";
import { getDb } from "../../db.ts";
import { AppError } from "../../errors.ts";

/** The terms a reader's matcher indexes, with the glossary version they are valid for; NOT_FOUND when deleted. */
export async function loadMatcherTerms(glossaryId: string) {
  const db = await getDb();
  const glossary = await db.glossary.findUnique({ where: { id: glossaryId }, select: { version: true } });
  if (!glossary) throw new AppError("NOT_FOUND", "No such glossary");
  const terms = await db.term.findMany({
    where: { glossaryId, status: { not: "forbidden" } },
    select: { id: true, conceptId: true, language: true, text: true, status: true },
  });
  return { version: glossary.version, terms };
}

/** What a popover shows for the concepts marked in an article: every term, the definition, the glossary. */
export async function getConceptCards(conceptIds: readonly string[]) {
  if (conceptIds.length === 0) return [];
  const db = await getDb();
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
