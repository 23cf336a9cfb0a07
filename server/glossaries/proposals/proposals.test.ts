// The proposal queue on the real database: an accepted translation joins its entry, an accepted new term becomes
// an entry, a declined one is closed, each only once.
import { beforeAll, describe, expect, it } from "vitest";
import { getTestDb } from "../../testing/test-db.ts";
import { astanaConcept as astana, createTestGlossary, errorOf } from "../../testing/glossary-fixtures.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";
import { createConcept } from "../concepts/mutations.ts";
import { proposeTerm, reviewProposal } from "../proposals/mutations.ts";
import { getConcept, getConceptHistory } from "../concepts/queries.ts";

let editor: TestUser;
let otherEditor: TestUser;
let contributor: TestUser;
beforeAll(async () => {
  [editor, otherEditor, contributor] = await Promise.all([
    createTestUser("editor"),
    createTestUser("editor", { label: "other" }),
    createTestUser("contributor"),
  ]);
});

const newGlossary = (name?: string) => createTestGlossary(editor.id, name);

describe("proposals", () => {
  it("adds an accepted translation to its entry, creates an entry from an accepted new term, and closes a declined one", async () => {
    const db = await getTestDb();
    const glossary = await newGlossary();
    const { id: conceptId } = await createConcept({ glossaryId: glossary.id, concept: astana, actorId: editor.id });
    const translation = await proposeTerm({
      glossaryId: glossary.id,
      conceptId,
      language: "ru",
      text: "Астана",
      authorId: contributor.id,
    });
    const newTerm = await proposeTerm({
      glossaryId: glossary.id,
      language: "en",
      text: "Khorgos",
      definition: "Dry port on the border",
      authorId: contributor.id,
    });
    const declined = await proposeTerm({
      glossaryId: glossary.id,
      conceptId,
      language: "fr",
      text: "Astanah",
      authorId: contributor.id,
    });
    // Nothing reaches the glossary before review.
    expect((await getConcept(conceptId)).terms).toHaveLength(3);

    await reviewProposal({
      proposalId: translation.id,
      decision: "accept",
      text: "Астана",
      status: "preferred",
      reviewerId: editor.id,
    });
    await reviewProposal({
      proposalId: newTerm.id,
      decision: "accept",
      text: "Khorgos Gateway",
      status: "admitted",
      reviewerId: editor.id,
    });
    await reviewProposal({
      proposalId: declined.id,
      decision: "decline",
      reviewNote: "Misspelt",
      reviewerId: editor.id,
    });

    const stored = await getConcept(conceptId);
    expect(stored.terms.map((term) => term.text)).toEqual(["Astana", "Nur-Sultan", "阿斯塔纳", "Астана"]);
    expect((await getConceptHistory(conceptId))[0]).toMatchObject({
      kind: "proposal",
      version: 2,
      changes: [{ kind: "termAdded", language: "ru", text: "Астана" }],
    });
    const created = await db.term.findFirst({
      where: { glossaryId: glossary.id, text: "Khorgos Gateway" },
      select: { status: true, concept: { select: { definition: true } } },
    });
    expect(created).toEqual({ status: "admitted", concept: { definition: "Dry port on the border" } });
    expect(
      await db.termProposal.findUnique({ where: { id: declined.id }, select: { status: true, reviewNote: true } }),
    ).toEqual({ status: "declined", reviewNote: "Misspelt" });
    // Reviewing twice is refused.
    expect(
      (await errorOf(reviewProposal({ proposalId: translation.id, decision: "decline", reviewerId: otherEditor.id })))
        ?.code,
    ).toBe("CONFLICT");
  });

  it("refuses a translation proposed for an entry of another glossary", async () => {
    const [one, two] = [await newGlossary(), await newGlossary()];
    const { id: conceptId } = await createConcept({ glossaryId: one.id, concept: astana, actorId: editor.id });
    expect(
      (
        await errorOf(
          proposeTerm({ glossaryId: two.id, conceptId, language: "ru", text: "Астана", authorId: contributor.id }),
        )
      )?.code,
    ).toBe("NOT_FOUND");
  });
});
