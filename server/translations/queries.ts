// Reads for translations: which one a reader sees for each segment.
import "server-only";
import { getDb } from "../db.ts";

export type ShownTranslation = { segmentId: string; text: string; status: "approved" | "proposed"; isDemo: boolean };

/**
 * The translation shown for each segment of an article in one language: the approved one,
 * else the most recent proposal. Rejected translations are never shown.
 */
export async function getShownTranslations(articleId: string, language: string): Promise<ShownTranslation[]> {
  const db = await getDb();
  const translations = await db.translation.findMany({
    where: { language, status: { not: "rejected" }, segment: { articleId } },
    orderBy: [{ segment: { position: "asc" } }, { updatedAt: "desc" }],
    select: { segmentId: true, text: true, status: true, isDemo: true },
  });
  const shown = new Map<string, ShownTranslation>();
  for (const t of translations) {
    const current = shown.get(t.segmentId);
    if (!current || (current.status !== "approved" && t.status === "approved")) {
      shown.set(t.segmentId, { ...t, status: t.status as ShownTranslation["status"] });
    }
  }
  return [...shown.values()];
}

/** Target languages that have at least one live translation in the article. */
export async function listTranslationLanguages(articleId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.translation.findMany({
    where: { status: { not: "rejected" }, segment: { articleId } },
    distinct: ["language"],
    select: { language: true },
    orderBy: { language: "asc" },
  });
  return rows.map((row) => row.language);
}

/** Target languages with a live translation in any article: what a reader can prefer. */
export async function listAllTranslationLanguages(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.translation.findMany({
    where: { status: { not: "rejected" } },
    distinct: ["language"],
    select: { language: true },
    orderBy: { language: "asc" },
  });
  return rows.map((row) => row.language);
}
