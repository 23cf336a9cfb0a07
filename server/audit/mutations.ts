// The audit log: who changed what. Entries are written in the same transaction as the change
// they describe, so the log never claims a change that was rolled back, nor misses one.
import "server-only";
import { getDb, type Db } from "../db.ts";

/** The closed set of audited actions: account changes and glossary edits. */
type AuditAction =
  | "user.create"
  | "user.role.change"
  | "user.disable"
  | "user.enable"
  | "user.password.reset"
  | "glossary.create"
  | "glossary.import"
  | "glossary.publish"
  | "glossary.unpublish"
  | "glossary.delete"
  | "concept.create"
  | "concept.update"
  | "concept.delete"
  | "proposal.accept"
  | "proposal.decline"
  | "termCandidate.dismiss"
  | "termCandidate.restore";

export type AuditEntry = {
  /** Null when the command line or the system made the change. */
  actorId: string | null;
  action: AuditAction;
  targetType: "user" | "glossary" | "concept" | "proposal" | "termCandidate";
  targetId: string;
  /** The target in words as it is now (an entry's first term, a proposal's term, a name): kept once it is deleted. */
  targetLabel: string;
  details?: Record<string, string | number | boolean | null>;
};

/**
 * A pending write for another mutation's batch: `db.$transaction([change, auditEntry(db, entry)])`. It takes
 * the client because a batch needs Prisma's own pending writes, which an async function cannot return.
 */
export function auditEntry(db: Db, entry: AuditEntry) {
  return db.auditLog.create({ data: entry });
}

/** An entry on its own, for a change that is not a batch of ours (an account better-auth created). */
export async function recordAuditEntry(entry: AuditEntry): Promise<void> {
  await auditEntry(await getDb(), entry);
}
