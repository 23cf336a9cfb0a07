import { describe, expect, it } from "vitest";
import { diffConcept } from "./import-plan";
import { mergeConcept } from "./merge-concept";
import type { Concept, Term } from "./types";

const term = (language: string, text: string, extra: Partial<Term> = {}): Term => ({
  language,
  text,
  status: "preferred",
  ...extra,
});

describe("mergeConcept", () => {
  const existing: Concept = {
    id: "astana",
    note: "Capital",
    perLanguage: { en: { definition: "City" } },
    terms: [term("en", "Astana", { note: "since 2022" }), term("ru", "Астана")],
  };

  it("keeps what the file leaves out and adds what it brings", () => {
    const incoming: Concept = {
      id: "astana",
      subjectField: "Places",
      perLanguage: { en: { note: "n" } },
      terms: [term("en", "Astana", { status: "admitted" }), term("fr", "Astana")],
    };
    const { concept, termOrigins } = mergeConcept(existing, incoming);
    expect(concept).toEqual({
      id: "astana",
      note: "Capital",
      subjectField: "Places",
      perLanguage: { en: { definition: "City", note: "n" } },
      terms: [
        term("en", "Astana", { note: "since 2022", status: "admitted" }),
        term("ru", "Астана"),
        term("fr", "Astana"),
      ],
    });
    expect(termOrigins).toEqual([0, 1, null]);
  });

  it("leaves nothing to change afterwards (merge agrees with diffConcept)", () => {
    const incoming: Concept = {
      terms: [term("en", "Astana", { partOfSpeech: "noun" }), term("kk", "Астана")],
      definition: "d",
    };
    expect(diffConcept(existing, incoming).length).toBeGreaterThan(0);
    expect(diffConcept(mergeConcept(existing, incoming).concept, incoming)).toEqual([]);
  });
});
