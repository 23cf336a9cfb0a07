import { describe, expect, it } from "vitest";
import { addTermToEntry, type ProposalUnderReview, reviewTermProposal } from "./proposal-review";
import type { Concept } from "./types";

const at = new Date("2026-03-01T10:00:00Z");

const translation: ProposalUnderReview = {
  id: "p1",
  conceptId: "c1",
  status: "pending",
  language: "fr",
  text: "Astana",
  partOfSpeech: "noun",
  note: "Capitale depuis 1997",
  definition: null,
};
const newEntry: ProposalUnderReview = {
  ...translation,
  id: "p2",
  conceptId: null,
  partOfSpeech: null,
  note: null,
  definition: "A city",
};

const accept = { decision: "accept", text: "Astana", status: "preferred", reviewerId: "u1" } as const;
const decline = { decision: "decline", reviewNote: "Duplicate", reviewerId: "u1" } as const;

describe("reviewTermProposal", () => {
  it.each([
    ["accept", accept, "accepted", null],
    ["decline", decline, "declined", "Duplicate"],
  ] as const)("%s closes a pending proposal", (_name, review, status, reviewNote) => {
    const result = reviewTermProposal(translation, review, at);
    expect(result).toMatchObject({
      ok: true,
      proposal: { id: "p1", from: "pending", status, reviewerId: "u1", reviewNote, reviewedAt: at },
    });
  });

  it.each([
    ["accepted", accept],
    ["accepted", decline],
    ["declined", accept],
    ["declined", decline],
  ] as const)("refuses a proposal already %s", (status, review) => {
    expect(reviewTermProposal({ ...translation, status }, review, at)).toEqual({
      ok: false,
      code: "alreadyReviewed",
      status,
    });
  });

  it.each([
    [
      "adds the (edited) term to the entry a translation names",
      translation,
      { ...accept, text: "Astana (ville)", status: "admitted" } as const,
      {
        kind: "addTerm",
        conceptId: "c1",
        term: {
          language: "fr",
          text: "Astana (ville)",
          status: "admitted",
          partOfSpeech: "noun",
          note: "Capitale depuis 1997",
        },
      },
    ],
    [
      "creates an entry, with the proposed definition, for a new term",
      newEntry,
      accept,
      {
        kind: "create",
        concept: { definition: "A city", terms: [{ language: "fr", text: "Astana", status: "preferred" }] },
      },
    ],
    ["writes no entry when declined", translation, decline, null],
  ] as const)("%s", (_name, proposal, review, entry) => {
    const result = reviewTermProposal(proposal, review, at);
    expect(result.ok && result.entry).toEqual(entry);
  });

  it("drops a stored part of speech outside the picklist", () => {
    const result = reviewTermProposal({ ...translation, partOfSpeech: "particle" }, accept, at);
    expect(result.ok && result.entry?.kind === "addTerm" && result.entry.term).not.toHaveProperty("partOfSpeech");
  });
});

describe("addTermToEntry", () => {
  it("appends the term, bumps the version and records the addition", () => {
    const concept: Concept = { id: "c1", terms: [{ language: "en", text: "Astana", status: "preferred" }] };
    const term = { language: "fr", text: "Astana", status: "preferred" } as const;
    expect(addTermToEntry({ version: 3, concept }, term)).toEqual({
      version: 4,
      position: 1,
      changes: [{ kind: "termAdded", language: "fr", text: "Astana" }],
      snapshot: { id: "c1", terms: [...concept.terms, term] },
    });
  });
});
