// The audit log: who changed what. Entries are written in the same transaction as the change
// they describe, so the log never claims a change that was rolled back, nor misses one.
import type { Db } from "../db.ts";

/** The closed set of audited actions; later features add theirs (approvals, glossary edits). */
export type AuditAction =
  | "user.create"
  | "user.role.change"
  | "user.disable"
  | "user.enable"
  | "glossary.create"
  | "glossary.update"
  | "glossary.import"
  | "concept.create"
  | "concept.update"
  | "concept.delete"
  | "proposal.accept"
  | "proposal.decline";

export type AuditEntry = {
  /** Null when the command line or the system made the change. */
  actorId: string | null;
  action: AuditAction;
  targetType: "user" | "glossary" | "concept" | "proposal";
  targetId: string;
  details?: Record<string, string | number | boolean | null>;
};

/** A pending write, to be awaited or passed to `db.$transaction([...])` with the change itself. */
export function auditEntry(db: Db, entry: AuditEntry) {
  return db.auditLog.create({ data: entry });
}
