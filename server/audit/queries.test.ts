// The audit log as the admins' page reads it: newest first, paged, actor and target resolved.
import { describe, expect, it } from "vitest";
import { getTestDb } from "../testing/test-db.ts";
import { createTestUser } from "../testing/test-users.ts";
import { createConcept, deleteConcept } from "../glossaries/concepts/mutations.ts";
import { createGlossary } from "../glossaries/mutations.ts";
import { setUserDisabled, setUserRole } from "../users/mutations.ts";
import { auditEntry } from "./mutations.ts";
import { listAuditEntries } from "./queries.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("listAuditEntries", () => {
  it("lists the newest changes first with who made them and whom they concern", async () => {
    const db = await getTestDb();
    const [admin, target] = await Promise.all([createTestUser("admin"), createTestUser("reader")]);
    await setUserRole({ userId: target.id, role: "contributor", actorId: admin.id });
    await tick();
    await setUserDisabled({ userId: target.id, disabled: true, actorId: admin.id });
    await tick();
    await auditEntry(db, {
      actorId: null,
      action: "user.enable",
      targetType: "user",
      targetId: target.id,
      targetLabel: target.name,
    });

    const { entries, total, pageCount } = await listAuditEntries({ page: 1, pageSize: 3 });
    expect(total).toBeGreaterThanOrEqual(3);
    expect(pageCount).toBe(Math.ceil(total / 3));
    const person = (user: typeof admin) => ({ id: user.id, name: user.name, email: user.email });
    expect(entries.map(({ action, actor, targetUser, details }) => ({ action, actor, targetUser, details }))).toEqual([
      { action: "user.enable", actor: null, targetUser: person(target), details: {} },
      { action: "user.disable", actor: person(admin), targetUser: person(target), details: {} },
      {
        action: "user.role.change",
        actor: person(admin),
        targetUser: person(target),
        details: { from: "reader", to: "contributor" },
      },
    ]);
  });

  it("pages on, and keeps an entry whose target account is gone", async () => {
    const db = await getTestDb();
    const gone = await createTestUser("reader");
    await auditEntry(db, {
      actorId: null,
      action: "user.disable",
      targetType: "user",
      targetId: gone.id,
      targetLabel: gone.name,
    });
    await db.user.delete({ where: { id: gone.id } });
    const first = await listAuditEntries({ page: 1, pageSize: 1 });
    expect(first.entries[0]).toMatchObject({
      action: "user.disable",
      targetId: gone.id,
      targetLabel: gone.name,
      targetUser: null,
    });
    const second = await listAuditEntries({ page: 2, pageSize: 1 });
    expect(second.page).toBe(2);
    expect(second.entries[0].id).not.toBe(first.entries[0].id);
  });

  it("names glossary and entry targets with links while they exist", async () => {
    const editor = await createTestUser("editor");
    const glossary = await createGlossary({
      name: `Audited ${Math.random()}`,
      languages: ["en"],
      subjectFields: [],
      actorId: editor.id,
    });
    await tick();
    const kept = await createConcept({
      glossaryId: glossary.id,
      concept: { terms: [{ language: "en", text: "Astana", status: "preferred" }] },
      actorId: editor.id,
    });
    await tick();
    const gone = await createConcept({
      glossaryId: glossary.id,
      concept: { terms: [{ language: "en", text: "Astanah", status: "deprecated" }] },
      actorId: editor.id,
    });
    await tick();
    await deleteConcept({ conceptId: gone.id, version: 1, actorId: editor.id });
    const { entries } = await listAuditEntries({ page: 1, pageSize: 4 });
    expect(entries.map(({ action, targetGlossaryItem }) => ({ action, targetGlossaryItem }))).toEqual([
      { action: "concept.delete", targetGlossaryItem: null },
      { action: "concept.create", targetGlossaryItem: null },
      {
        action: "concept.create",
        targetGlossaryItem: { label: "Astana", href: `/glossaries/${glossary.slug}/entries/${kept.id}` },
      },
      {
        action: "glossary.create",
        targetGlossaryItem: { label: expect.stringMatching(/^Audited /), href: `/glossaries/${glossary.slug}` },
      },
    ]);
  });
});
