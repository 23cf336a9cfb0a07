// Reads of the audit log for the admins' page: newest first, one page at a time, with the
// actor and, for changes to users, the target's name and address resolved.
import { pageWindow } from "../../lib/paging/page-window.ts";
import type { Db } from "../db.ts";

export type AuditPerson = { id: string; name: string; email: string };

export async function listAuditEntries(db: Db, { page, pageSize }: { page: number; pageSize: number }) {
  const total = await db.auditLog.count();
  const window = pageWindow({ page, pageSize, total });
  const rows = await db.auditLog.findMany({
    // The id breaks ties between entries of one transaction, which share a timestamp.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  const targetUserIds = [...new Set(rows.filter((row) => row.targetType === "user").map((row) => row.targetId))];
  const targetUsers = await db.user.findMany({ where: { id: { in: targetUserIds } }, select: { id: true, name: true, email: true } });
  const usersById = new Map(targetUsers.map((user) => [user.id, user]));
  const entries = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    actor: row.actor as AuditPerson | null,
    targetType: row.targetType,
    targetId: row.targetId,
    targetUser: row.targetType === "user" ? (usersById.get(row.targetId) ?? null) : null,
    details: isDetails(row.details) ? row.details : {},
  }));
  return { entries, total, ...window };
}

export type AuditEntryView = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

type Details = Record<string, string | number | boolean | null>;

function isDetails(value: unknown): value is Details {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
