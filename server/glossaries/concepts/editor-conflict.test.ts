// The editor's inline form against the real actions: a CONFLICT carries what the form needs to show the other
// change and to save again (the entry, its version and its term ids), and the entry filters' facets.
import { beforeAll, describe, expect, it } from "vitest";
import { conceptInputOf, draftFromConcept } from "../../../lib/glossary/concept-draft.ts";
import { draftDifferences, reapplyDraft } from "../../../lib/glossary/draft-conflict.ts";
import type { Concept } from "../../../lib/glossary/types.ts";
import { uniqueSuffix } from "../../testing/test-db.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";
import { deleteConceptAction, updateConceptAction } from "../actions.ts";
import { createGlossary } from "../mutations.ts";
import { listGlossaryFacets } from "../queries.ts";
import { createConcept } from "./mutations.ts";
import { getConcept } from "./queries.ts";

let editor: TestUser;
let otherEditor: TestUser;
beforeAll(async () => {
  [editor, otherEditor] = await Promise.all([createTestUser("editor"), createTestUser("editor", { label: "other" })]);
});

const astana: Concept = {
  subjectField: "geography",
  definition: "Capital of Kazakhstan",
  terms: [
    { language: "en", text: "Astana", status: "preferred" },
    {
      language: "en",
      text: "Nur-Sultan",
      status: "superseded",
      statusNote: { text: "Name from 2019 to 2022", date: "2019-03-23" },
    },
  ],
};

async function newEntry() {
  const glossary = await createGlossary({
    name: `Conflicts ${uniqueSuffix()}`,
    languages: ["en"],
    subjectFields: [],
    actorId: editor.id,
  });
  const { id } = await createConcept({ glossaryId: glossary.id, concept: astana, actorId: editor.id });
  const stored = await getConcept(id);
  return {
    glossary,
    id,
    base: draftFromConcept(
      astana,
      stored.terms.map((term) => term.id),
    ),
  };
}

type ConflictDetails = { current: Concept; version: number; termIds: string[] };

describe("saving over another editor's save", () => {
  it("answers CONFLICT with the saved entry, its version and its term ids; the re-applied form saves at the new version", async () => {
    const { id, base } = await newEntry();
    const first = await updateConceptAction.run(otherEditor.viewer, {
      conceptId: id,
      version: 1,
      ...conceptInputOf({ ...base, definition: "Capital city of Kazakhstan since 1997" }),
    });
    expect(first).toMatchObject({ ok: true });

    const mine = {
      ...base,
      note: "Renamed twice",
      terms: [base.terms[0], { ...base.terms[1], note: "Used 2019–2022" }],
    };
    const refused = await updateConceptAction.run(editor.viewer, {
      conceptId: id,
      version: 1,
      ...conceptInputOf(mine),
    });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    const details = (refused.ok ? null : refused.conflict) as ConflictDetails;
    expect(details.version).toBe(2);
    expect(details.termIds).toEqual(base.terms.map((term) => term.id));
    const theirs = draftFromConcept(details.current, details.termIds);
    expect(draftDifferences(base, mine, theirs).map((difference) => [difference.kind, difference.changedBy])).toEqual([
      ["field", "them"],
      ["field", "me"],
      ["termField", "me"],
    ]);

    const saved = await updateConceptAction.run(editor.viewer, {
      conceptId: id,
      version: details.version,
      ...conceptInputOf(reapplyDraft(base, mine, theirs)),
    });
    expect(saved).toMatchObject({ ok: true, data: { version: 3 } });
    const stored = await getConcept(id);
    expect(stored).toMatchObject({ definition: "Capital city of Kazakhstan since 1997", note: "Renamed twice" });
    // The same term rows, kept by id.
    expect(stored.terms.map((term) => [term.id, term.note])).toEqual([
      [base.terms[0].id, null],
      [base.terms[1].id, "Used 2019–2022"],
    ]);
  });

  it("refuses a delete at an older version with the same details", async () => {
    const { id, base } = await newEntry();
    await updateConceptAction.run(otherEditor.viewer, {
      conceptId: id,
      version: 1,
      ...conceptInputOf({ ...base, note: "Changed" }),
    });
    const refused = await deleteConceptAction.run(editor.viewer, { conceptId: id, version: 1 });
    expect(refused).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflict: { version: 2, current: { note: "Changed" } },
    });
    expect(await deleteConceptAction.run(editor.viewer, { conceptId: id, version: 2 })).toMatchObject({ ok: true });
  });
});

describe("listGlossaryFacets", () => {
  it("lists the languages of the terms and the subject fields in use, sorted", async () => {
    const { glossary } = await newEntry();
    await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: { subjectField: "diplomacy", terms: [{ language: "zh", text: "一带一路", status: "preferred" }] },
    });
    await createConcept({
      glossaryId: glossary.id,
      actorId: editor.id,
      concept: { terms: [{ language: "fr", text: "Asie centrale", status: "preferred" }] },
    });
    expect(await listGlossaryFacets(glossary.id)).toEqual({
      languages: ["en", "fr", "zh"],
      subjectFields: ["diplomacy", "geography"],
    });
  });
});
