// Reads of the audit log for the admins' page: newest first, one page at a time, with the
// actor and the target resolved (a user's address, a glossary's or entry's link) while it exists, and the name
// the entry recorded for it when it was written, which outlives it.
import "server-only";
import { pageWindow } from "../../lib/paging/page-window.ts";
import { getDb, type Db } from "../db.ts";

type AuditPerson = { id: string; name: string; email: string };

export async function listAuditEntries({ page, pageSize }: { page: number; pageSize: number }) {
  const db = await getDb();
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
  const targetUsers = await db.user.findMany({
    where: { id: { in: targetUserIds } },
    select: { id: true, name: true, email: true },
  });
  const usersById = new Map(targetUsers.map((user) => [user.id, user]));
  const glossaryTargets = await resolveGlossaryTargets(db, rows);
  const entries = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    actor: row.actor as AuditPerson | null,
    targetType: row.targetType,
    targetId: row.targetId,
    /** The target's name when the change was made; null only on old rows nothing named. */
    targetLabel: row.targetLabel,
    targetUser: row.targetType === "user" ? (usersById.get(row.targetId) ?? null) : null,
    /** For a glossary or an entry that still exists: its name (the entry's first term) and where it lives. */
    targetGlossaryItem: glossaryTargets.get(`${row.targetType}:${row.targetId}`) ?? null,
    details: isDetails(row.details) ? row.details : {},
  }));
  return { entries, total, ...window };
}

/** Glossaries by name and slug, entries by first term with their glossary's slug; deleted ones are absent. */
async function resolveGlossaryTargets(db: Db, rows: { targetType: string; targetId: string }[]) {
  const ids = (type: string) => [...new Set(rows.filter((row) => row.targetType === type).map((row) => row.targetId))];
  const [glossaries, concepts] = await Promise.all([
    db.glossary.findMany({ where: { id: { in: ids("glossary") } }, select: { id: true, name: true, slug: true } }),
    db.concept.findMany({
      where: { id: { in: ids("concept") } },
      select: {
        id: true,
        glossary: { select: { slug: true } },
        terms: { select: { text: true }, orderBy: { position: "asc" }, take: 1 },
      },
    }),
  ]);
  return new Map<string, { label: string; href: string }>([
    ...glossaries.map(
      (glossary) =>
        [`glossary:${glossary.id}`, { label: glossary.name, href: `/glossaries/${glossary.slug}` }] as const,
    ),
    ...concepts.map(
      (concept) =>
        [
          `concept:${concept.id}`,
          {
            label: concept.terms[0]?.text ?? concept.id,
            href: `/glossaries/${concept.glossary.slug}/entries/${concept.id}`,
          },
        ] as const,
    ),
  ]);
}

export type AuditEntryView = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

type Details = Record<string, string | number | boolean | null>;

function isDetails(value: unknown): value is Details {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
