// Dismissals of term candidates: an editor says a recurring phrase is no term (a generic phrase, a headline), and
// the candidates list leaves it out for every glossary until an editor restores it. Both are audited.
import "server-only";
import { auditEntry } from "../../audit/mutations.ts";
import { getDb } from "../../db.ts";
import { AppError, knownError } from "../../errors.ts";
import { newRowIds } from "../concepts/mutations.ts";

/** Dismisses a candidate; dismissing one already dismissed (another editor, a second tab) changes nothing. */
export async function dismissTermCandidate(input: { language: string; key: string; text: string; actorId: string }) {
  const db = await getDb();
  const where = { language_key: { language: input.language, key: input.key } };
  const known = await db.dismissedTermCandidate.findUnique({ where, select: { id: true } });
  if (known) return known;
  const [id] = newRowIds(1);
  try {
    await db.$transaction([
      db.dismissedTermCandidate.create({
        data: { id, language: input.language, key: input.key, text: input.text, dismissedById: input.actorId },
      }),
      auditEntry(db, {
        actorId: input.actorId,
        action: "termCandidate.dismiss",
        targetType: "termCandidate",
        targetId: id,
        targetLabel: input.text,
        details: { language: input.language },
      }),
    ]);
  } catch (error) {
    // Two editors at once: the other's dismissal stands, and so does the wish of both.
    if (knownError(error)?.code !== "CONFLICT") throw error;
    return db.dismissedTermCandidate.findUniqueOrThrow({ where, select: { id: true } });
  }
  return { id };
}

/** Undoes a dismissal: the candidate comes back to the list. NOT_FOUND when it was restored already. */
export async function restoreTermCandidate(input: { dismissalId: string; actorId: string }) {
  const db = await getDb();
  const row = await db.dismissedTermCandidate.findUnique({
    where: { id: input.dismissalId },
    select: { id: true, language: true, text: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "No such dismissed candidate");
  try {
    await db.$transaction([
      db.dismissedTermCandidate.delete({ where: { id: row.id } }),
      auditEntry(db, {
        actorId: input.actorId,
        action: "termCandidate.restore",
        targetType: "termCandidate",
        targetId: row.id,
        targetLabel: row.text,
        details: { language: row.language },
      }),
    ]);
  } catch (error) {
    if (knownError(error)?.code === "NOT_FOUND") throw new AppError("NOT_FOUND", "No such dismissed candidate");
    throw error;
  }
}
