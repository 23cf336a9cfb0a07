import { describe, expect, it } from "vitest";
import {
  conceptInputOf,
  draftErrors,
  draftFromConcept,
  emptyTermDraft,
  fieldKey,
  formFieldOfPath,
  problemOfIssue,
  type ConceptDraft,
} from "./concept-draft";
import type { Concept } from "./types";

const astana: Concept = {
  subjectField: "geography",
  definition: "Capital of Kazakhstan",
  terms: [
    { language: "en", text: "Astana", status: "preferred", partOfSpeech: "noun" },
    {
      language: "en",
      text: "Nur-Sultan",
      status: "superseded",
      statusNote: { text: "Name from 2019 to 2022", date: "2019-03-23" },
    },
  ],
};

describe("draftFromConcept", () => {
  it("gives every field as a string and keeps the stored ids", () => {
    expect(draftFromConcept(astana, ["t1", "t2"])).toEqual({
      subjectField: "geography",
      definition: "Capital of Kazakhstan",
      note: "",
      terms: [
        {
          key: "t1",
          id: "t1",
          language: "en",
          text: "Astana",
          status: "preferred",
          partOfSpeech: "noun",
          note: "",
          usageExample: "",
          statusNote: "",
          statusNoteDate: "",
        },
        {
          key: "t2",
          id: "t2",
          language: "en",
          text: "Nur-Sultan",
          status: "superseded",
          partOfSpeech: "",
          note: "",
          usageExample: "",
          statusNote: "Name from 2019 to 2022",
          statusNoteDate: "2019-03-23",
        },
      ],
    });
  });

  it("gives terms without a stored id distinct keys and no id", () => {
    const draft = draftFromConcept(astana);
    expect(draft.terms.map((term) => [term.key, term.id])).toEqual([
      ["stored-0", undefined],
      ["stored-1", undefined],
    ]);
  });
});

describe("conceptInputOf", () => {
  it("gives back the concept the draft was made from", () => {
    const input = conceptInputOf(draftFromConcept(astana, ["t1", "t2"]));
    expect(input).toEqual({
      ...astana,
      terms: [
        { id: "t1", ...astana.terms[0] },
        { id: "t2", ...astana.terms[1] },
      ],
    });
  });

  it("trims text and leaves empty fields out", () => {
    const draft: ConceptDraft = {
      subjectField: "  ",
      definition: "  Capital \n",
      note: "",
      terms: [
        { ...emptyTermDraft("new-1", " fr "), text: " Astana ", note: "  ", usageExample: " Astana est la capitale. " },
      ],
    };
    expect(conceptInputOf(draft)).toEqual({
      definition: "Capital",
      terms: [{ language: "fr", text: "Astana", status: "preferred", usageExample: "Astana est la capitale." }],
    });
  });

  it("keeps a status note's date without its text, so validation can name the missing text", () => {
    const draft: ConceptDraft = {
      subjectField: "",
      definition: "",
      note: "",
      terms: [{ ...emptyTermDraft("n", "en", "Astana"), statusNoteDate: "2022-09-17" }],
    };
    expect(conceptInputOf(draft).terms[0].statusNote).toEqual({ text: "", date: "2022-09-17" });
  });

  it("keeps blank term rows in place, so error paths match the form's rows", () => {
    const draft: ConceptDraft = {
      subjectField: "",
      definition: "",
      note: "",
      terms: [emptyTermDraft("a", "en", "Astana"), emptyTermDraft("b")],
    };
    expect(conceptInputOf(draft).terms).toEqual([
      { language: "en", text: "Astana", status: "preferred" },
      { language: "", text: "", status: "preferred" },
    ]);
  });
});

describe("formFieldOfPath", () => {
  it.each([
    ["definition", { field: "definition" }],
    ["terms", { field: "terms" }],
    ["terms.2.text", { term: 2, field: "text" }],
    ["terms.0.statusNote.text", { term: 0, field: "statusNote" }],
    ["terms.0.statusNote.date", { term: 0, field: "statusNoteDate" }],
    ["terms.0.statusNote", { term: 0, field: "statusNote" }],
    ["glossaryId", null],
    ["terms.x.text", null],
    ["terms.1.details", null],
  ])("%s → %j", (path, expected) => {
    expect(formFieldOfPath(path)).toEqual(expected);
  });

  it("names form fields the way the form looks them up", () => {
    expect(fieldKey({ term: 1, field: "text" })).toBe("terms.1.text");
    expect(fieldKey({ field: "note" })).toBe("note");
  });
});

describe("problemOfIssue and draftErrors", () => {
  it("reads an empty required value as required and an overlong one as too long", () => {
    expect(problemOfIssue({ path: ["terms", 0, "text"], code: "too_small", origin: "string" })).toEqual({
      path: "terms.0.text",
      code: "required",
    });
    expect(problemOfIssue({ path: ["terms"], code: "too_small", origin: "array" })).toEqual({
      path: "terms",
      code: "required",
    });
    expect(problemOfIssue({ path: ["definition"], code: "too_big", origin: "string" })).toEqual({
      path: "definition",
      code: "tooLong",
    });
    expect(problemOfIssue({ path: ["terms", 1, "language"], code: "invalid_format" })).toEqual({
      path: "terms.1.language",
      code: "invalid",
    });
  });

  it("keeps the first problem of each form field and flags the others", () => {
    expect(
      draftErrors([
        { path: "terms.0.text", code: "required" },
        { path: "terms.0.text", code: "tooLong" },
        { path: "terms.1.statusNote.text", code: "required" },
        { path: "terms.1.language", code: "emailInvalid" },
        { path: "glossaryId", code: "invalid" },
      ]),
    ).toEqual({
      fields: { "terms.0.text": "required", "terms.1.statusNote": "required", "terms.1.language": "invalid" },
      hasOther: true,
    });
    expect(draftErrors([{ path: "note", code: "tooLong" }])).toEqual({ fields: { note: "tooLong" }, hasOther: false });
  });

  it("reads a problem with a blank field as required", () => {
    const draft: ConceptDraft = {
      subjectField: "",
      definition: "",
      note: "",
      terms: [emptyTermDraft("a", " ", "Astana")],
    };
    expect(draftErrors([{ path: "terms.0.language", code: "invalid" }], draft).fields).toEqual({
      "terms.0.language": "required",
    });
    expect(draftErrors([{ path: "terms.0.text", code: "invalid" }], draft).fields).toEqual({
      "terms.0.text": "invalid",
    });
  });
});
