// Writes for translations.
import "server-only";
import type { AlignedTranslation } from "../../lib/translation/align-pairs.ts";
import { getDb } from "../db.ts";

/**
 * Stores a set of translations for one target language in one batch, skipping segments that
 * already have a translation by the same author in that language (so seeding twice adds nothing).
 */
export async function addTranslations(input: {
  language: string;
  authorId: string;
  translations: AlignedTranslation[];
  isDemo?: boolean;
}): Promise<number> {
  const db = await getDb();
  const existing = await db.translation.findMany({
    where: {
      language: input.language,
      authorId: input.authorId,
      segmentId: { in: input.translations.map((t) => t.segmentId) },
    },
    select: { segmentId: true },
  });
  const done = new Set(existing.map((t) => t.segmentId));
  const fresh = input.translations.filter((t) => !done.has(t.segmentId));
  if (fresh.length === 0) return 0;
  const { count } = await db.translation.createMany({
    data: fresh.map((t) => ({
      segmentId: t.segmentId,
      language: input.language,
      authorId: input.authorId,
      text: t.text,
      isDemo: input.isDemo ?? false,
    })),
  });
  return count;
}
