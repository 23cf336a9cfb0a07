// Audit entries name their target in words: the label written with the change outlives the target, and the
// migration that added it named the rows written before, best name first (the row's own, the target's, a sibling's).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/sqlite/client.ts";
import { providerOf } from "../db.ts";
import { createConcept, deleteConcept, updateConcept } from "../glossaries/concepts/mutations.ts";
import { getConcept } from "../glossaries/concepts/queries.ts";
import { proposeTerm, reviewProposal } from "../glossaries/proposals/mutations.ts";
import { createTestGlossary } from "../testing/glossary-fixtures.ts";
import { getTestDb } from "../testing/test-db.ts";
import { createTestUser, type TestUser } from "../testing/test-users.ts";
import { setUserRole } from "../users/mutations.ts";
import { listAuditEntries } from "./queries.ts";

let admin: TestUser;
let editor: TestUser;
beforeAll(async () => {
  [admin, editor] = await Promise.all([createTestUser("admin"), createTestUser("editor")]);
});

/** An entry created, edited (first term renamed) and deleted, a declined proposal and a role change: their audit rows. */
async function auditedChanges() {
  const db = await getTestDb();
  const { id: glossaryId } = await createTestGlossary(editor.id, "Labelled");
  const glossary = await db.glossary.findUniqueOrThrow({ where: { id: glossaryId }, select: { id: true, name: true } });
  const { id: conceptId } = await createConcept({
    glossaryId: glossary.id,
    actorId: editor.id,
    concept: { terms: [{ language: "en", text: "Alma-Ata", status: "superseded" }] },
  });
  const stored = await getConcept(conceptId);
  await updateConcept({
    conceptId,
    version: stored.version,
    actorId: editor.id,
    termIds: [stored.terms[0].id],
    concept: { terms: [{ language: "en", text: "Almaty", status: "preferred" }] },
  });
  await deleteConcept({ conceptId, version: stored.version + 1, actorId: editor.id });
  const { id: proposalId } = await proposeTerm({
    glossaryId: glossary.id,
    language: "en",
    text: "Khorgos",
    authorId: editor.id,
  });
  await reviewProposal({ proposalId, decision: "decline", reviewerId: editor.id });
  const reader = await createTestUser("reader");
  await setUserRole({ userId: reader.id, role: "contributor", actorId: admin.id });
  const rows = await db.auditLog.findMany({
    where: { targetId: { in: [glossary.id, conceptId, proposalId, reader.id] } },
    select: { id: true, action: true, targetLabel: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { rows, glossary, reader };
}

const labels = (rows: { action: string; targetLabel: string | null }[]) =>
  Object.fromEntries(rows.map((row) => [row.action, row.targetLabel]));

describe("audit target labels", () => {
  it("are written with each change and kept when the target is gone", async () => {
    const { rows, glossary, reader } = await auditedChanges();
    expect(labels(rows)).toEqual({
      "glossary.create": glossary.name,
      "concept.create": "Alma-Ata",
      "concept.update": "Almaty",
      "concept.delete": "Almaty",
      "proposal.decline": "Khorgos",
      "user.role.change": reader.name,
    });
    const db = await getTestDb();
    await db.user.delete({ where: { id: reader.id } });
    const { entries } = await listAuditEntries({ page: 1, pageSize: 3 });
    // The account and the entry are gone; the log still says whom and what it concerned.
    expect(entries.map(({ action, targetLabel, targetUser }) => ({ action, targetLabel, targetUser }))).toEqual([
      { action: "user.role.change", targetLabel: reader.name, targetUser: null },
      { action: "proposal.decline", targetLabel: "Khorgos", targetUser: null },
      { action: "concept.delete", targetLabel: "Almaty", targetUser: null },
    ]);
  });

  it("are filled by the migration for rows written before, from the row, the target or a sibling row", async () => {
    const db = await getTestDb();
    const { rows, glossary, reader } = await auditedChanges();
    await db.auditLog.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { targetLabel: null } });
    const migrations = path.resolve(import.meta.dirname, "../../prisma", providerOf(db), "migrations");
    const folder = readdirSync(migrations).find((name) => name.endsWith("_audit_target_label"));
    const statements = readFileSync(path.join(migrations, folder!, "migration.sql"), "utf8")
      .split(/;\s*\n/u)
      .map((statement) => statement.replace(/^--.*$/gmu, "").trim())
      .filter((statement) => statement.startsWith("UPDATE"));
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) await db.$queryRaw(Prisma.raw(statement));
    const after = await db.auditLog.findMany({
      where: { id: { in: rows.map((row) => row.id) } },
      select: { action: true, targetLabel: true },
    });
    expect(labels(after)).toEqual({
      "glossary.create": glossary.name,
      // Recorded by the row itself at the time.
      "concept.create": "Alma-Ata",
      // The entry is gone and the edit recorded no term: the latest name a sibling row recorded.
      "concept.update": "Almaty",
      "concept.delete": "Almaty",
      // From the proposal's own row, then the proposal.
      "proposal.decline": "Khorgos",
      "user.role.change": reader.name,
    });
  });
});
