import { describe, expect, it } from "vitest";
import { conceptColumns, termColumns, toConcept } from "./stored-concept";
import type { Concept } from "./types";

describe("stored concept", () => {
  it("gives back the same concept after storing it", () => {
    const concept: Concept = {
      id: "c7",
      subjectField: "Places",
      note: "Capital",
      perLanguage: { en: { definition: "The capital of Kazakhstan" } },
      links: [{ type: "externalCrossReference", target: "https://example.org" }],
      terms: [
        {
          language: "en",
          text: "Astana",
          status: "preferred",
          partOfSpeech: "noun",
          grammaticalGender: "other",
          statusNote: { text: "renamed", date: "2022-09-17" },
        },
        { language: "en", text: "Nur-Sultan", status: "superseded", usageExample: "Nur-Sultan hosted…" },
      ],
    };
    const terms = concept.terms.map((term, index) => ({ id: `t${index}`, ...termColumns(term) }));
    expect(terms[0].normalized).toBe("astana");
    expect(toConcept({ id: "ck1", externalId: "c7", ...conceptColumns(concept), terms })).toEqual(concept);
  });

  it("uses the stored id when the concept came from no file", () => {
    expect(toConcept({ id: "ck1", externalId: null, ...conceptColumns({ terms: [] }), terms: [] })).toEqual({
      id: "ck1",
      terms: [],
    });
  });
});
