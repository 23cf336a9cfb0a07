import { describe, expect, it } from "vitest";
import { emptyTermDraft, type ConceptDraft, type TermDraft } from "./concept-draft";
import { draftDifferences, readConflictDetails, reapplyDraft } from "./draft-conflict";

const term = (id: string, language: string, text: string, fields: Partial<TermDraft> = {}): TermDraft => ({
  ...emptyTermDraft(id, language, text),
  id,
  ...fields,
});

const base: ConceptDraft = {
  subjectField: "geography",
  definition: "Capital of Kazakhstan",
  note: "",
  terms: [
    term("t1", "en", "Astana"),
    term("t2", "en", "Nur-Sultan", { status: "superseded" }),
    term("t3", "zh", "阿斯塔纳"),
  ],
};

describe("draftDifferences", () => {
  it("finds nothing when the form and the saved version agree", () => {
    expect(draftDifferences(base, structuredClone(base), structuredClone(base))).toEqual([]);
  });

  it("says who changed each differing concept field", () => {
    const mine = { ...base, note: "Renamed twice", subjectField: "politics" };
    const theirs = { ...base, definition: "Capital city of Kazakhstan since 1997", subjectField: "places" };
    expect(draftDifferences(base, mine, theirs)).toEqual([
      { kind: "field", field: "subjectField", mine: "politics", theirs: "places", changedBy: "both" },
      {
        kind: "field",
        field: "definition",
        mine: "Capital of Kazakhstan",
        theirs: "Capital city of Kazakhstan since 1997",
        changedBy: "them",
      },
      { kind: "field", field: "note", mine: "Renamed twice", theirs: "", changedBy: "me" },
    ]);
  });

  it("compares terms by stored id, field by field", () => {
    const mine = { ...base, terms: [term("t1", "en", "Astana", { note: "since 2022" }), base.terms[1], base.terms[2]] };
    const theirs = {
      ...base,
      terms: [
        term("t1", "en", "Astana", { partOfSpeech: "noun" }),
        base.terms[1],
        term("t3", "zh", "阿斯塔纳", { status: "admitted" }),
      ],
    };
    expect(draftDifferences(base, mine, theirs)).toEqual([
      {
        kind: "termField",
        term: { language: "en", text: "Astana" },
        field: "partOfSpeech",
        mine: "",
        theirs: "noun",
        changedBy: "them",
      },
      {
        kind: "termField",
        term: { language: "en", text: "Astana" },
        field: "note",
        mine: "since 2022",
        theirs: "",
        changedBy: "me",
      },
      {
        kind: "termField",
        term: { language: "zh", text: "阿斯塔纳" },
        field: "status",
        mine: "preferred",
        theirs: "admitted",
        changedBy: "them",
      },
    ]);
  });

  it("reports terms on one side only, with who added or removed them", () => {
    const added = { ...emptyTermDraft("new-1", "fr", "Astana") };
    const mine = { ...base, terms: [base.terms[0], base.terms[2], added] };
    const theirs = { ...base, terms: [...base.terms, term("t9", "ru", "Астана")] };
    expect(draftDifferences(base, mine, theirs)).toEqual([
      { kind: "termOnlyMine", term: added, changedBy: "me" },
      { kind: "termOnlyTheirs", term: base.terms[1], changedBy: "me" },
      { kind: "termOnlyTheirs", term: term("t9", "ru", "Астана"), changedBy: "them" },
    ]);
  });

  it("pairs a term both editors added by its language and text", () => {
    const mine = {
      ...base,
      terms: [...base.terms, { ...emptyTermDraft("new-1", "fr", "Astana"), status: "admitted" as const }],
    };
    const theirs = { ...base, terms: [...base.terms, term("t9", "FR", "Astana")] };
    expect(draftDifferences(base, mine, theirs)).toEqual([
      {
        kind: "termField",
        term: { language: "fr", text: "Astana" },
        field: "language",
        mine: "fr",
        theirs: "FR",
        changedBy: "both",
      },
      {
        kind: "termField",
        term: { language: "fr", text: "Astana" },
        field: "status",
        mine: "admitted",
        theirs: "preferred",
        changedBy: "both",
      },
    ]);
  });

  it("marks a term removed by the other editor but edited here as changed by both", () => {
    const mine = {
      ...base,
      terms: [
        base.terms[0],
        term("t2", "en", "Nur-Sultan", { status: "superseded", statusNote: "2019–2022" }),
        base.terms[2],
      ],
    };
    const theirs = { ...base, terms: [base.terms[0], base.terms[2]] };
    expect(draftDifferences(base, mine, theirs)).toEqual([
      { kind: "termOnlyMine", term: mine.terms[1], changedBy: "both" },
    ]);
  });
});

describe("reapplyDraft", () => {
  it("takes this editor's changed fields and the other editor's for the rest", () => {
    const mine = { ...base, note: "Renamed twice" };
    const theirs = { ...base, definition: "Capital city of Kazakhstan since 1997" };
    expect(reapplyDraft(base, mine, theirs)).toEqual({
      ...base,
      definition: "Capital city of Kazakhstan since 1997",
      note: "Renamed twice",
    });
  });

  it("keeps this editor's value where both changed it", () => {
    expect(
      reapplyDraft(base, { ...base, subjectField: "politics" }, { ...base, subjectField: "places" }).subjectField,
    ).toBe("politics");
  });

  it("merges terms field by field and keeps the saved version's ids", () => {
    const mine = { ...base, terms: [term("t1", "en", "Astana", { note: "since 2022" }), base.terms[1], base.terms[2]] };
    const theirs = {
      ...base,
      terms: [term("t1", "en", "Astana", { partOfSpeech: "noun" }), base.terms[1], base.terms[2]],
    };
    expect(reapplyDraft(base, mine, theirs).terms[0]).toEqual(
      term("t1", "en", "Astana", { note: "since 2022", partOfSpeech: "noun" }),
    );
  });

  it("applies additions and removals from both sides", () => {
    const added = emptyTermDraft("new-1", "fr", "Astana");
    const mine = { ...base, terms: [base.terms[0], base.terms[2], added] };
    const theirs = { ...base, terms: [...base.terms, term("t9", "ru", "Астана")] };
    expect(reapplyDraft(base, mine, theirs).terms).toEqual([
      base.terms[0],
      base.terms[2],
      term("t9", "ru", "Астана"),
      added,
    ]);
  });

  it("drops a term the other editor removed unless this editor changed it, then keeps it as a new term", () => {
    const theirs = { ...base, terms: [base.terms[0], base.terms[2]] };
    expect(reapplyDraft(base, base, theirs).terms).toEqual(theirs.terms);
    const edited = term("t2", "en", "Nur-Sultan", { status: "superseded", statusNote: "2019–2022" });
    const result = reapplyDraft(base, { ...base, terms: [base.terms[0], edited, base.terms[2]] }, theirs);
    expect(result.terms).toHaveLength(3);
    expect(result.terms[2]).toEqual({ ...edited, id: undefined });
  });

  it("does not add a term twice when both editors added it", () => {
    const mine = { ...base, terms: [...base.terms, emptyTermDraft("new-1", "fr", "Astana")] };
    const theirs = { ...base, terms: [...base.terms, term("t9", "fr", "Astana")] };
    expect(reapplyDraft(base, mine, theirs).terms).toEqual(theirs.terms);
  });
});

describe("readConflictDetails", () => {
  const current = { definition: "Capital", terms: [{ language: "en", text: "Astana", status: "preferred" }] };

  it("accepts the details a refused save carries", () => {
    expect(readConflictDetails({ current, version: 3, termIds: ["t1"] })).toEqual({
      current,
      version: 3,
      termIds: ["t1"],
    });
  });

  it("drops term ids that do not match the terms", () => {
    expect(readConflictDetails({ current, version: 3 })?.termIds).toEqual([]);
    expect(readConflictDetails({ current, version: 3, termIds: ["t1", "t2"] })?.termIds).toEqual([]);
  });

  it.each([null, "conflict", { current, version: "3" }, { current: { terms: "none" }, version: 3 }, { version: 3 }])(
    "refuses %j",
    (value) => {
      expect(readConflictDetails(value)).toBeNull();
    },
  );
});
