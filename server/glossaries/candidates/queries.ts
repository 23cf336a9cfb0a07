// Reads of dismissed term candidates: the set the candidates finder leaves out, and the list editors restore from.
import "server-only";
import { getDb } from "../../db.ts";

/** Every dismissal, newest first, with who made it (a small table: one row per phrase editors turned down). */
export async function listDismissedTermCandidates() {
  const db = await getDb();
  return db.dismissedTermCandidate.findMany({
    select: {
      id: true,
      language: true,
      key: true,
      text: true,
      createdAt: true,
      dismissedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export type DismissedTermCandidateView = Awaited<ReturnType<typeof listDismissedTermCandidates>>[number];
