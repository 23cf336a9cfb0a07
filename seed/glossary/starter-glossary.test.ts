// The starter glossary shipped as demo content: read cleanly by our TBX reader, complete in the reader's four
// languages, and marking the seed corpus when our matcher runs over its imported segments.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTbx } from "../../lib/formats/tbx/read-tbx";
import { buildTermIndex, matchTerms } from "../../lib/glossary/match-terms";
import { importDocument } from "../../lib/import/import-document";

const result = readTbx(readFileSync(path.join(import.meta.dirname, "china-central-asia.tbx")));
const { concepts } = result;
const requiredLanguages = ["en", "fr", "zh", "ru"];

const corpus = path.resolve(import.meta.dirname, "../corpus");
const segments = readdirSync(corpus)
  .filter((file) => file.endsWith(".txt"))
  .flatMap((file) => importDocument(readFileSync(path.join(corpus, file), "utf8"), { fileName: file }))
  .flatMap((article) => article.paragraphs.flatMap((paragraph) => paragraph.segments));

// One indexed term per glossary term, its id pointing back to the concept and term: "12:3".
const index = buildTermIndex(
  concepts.flatMap((concept, c) => concept.terms.map((term, t) => ({ id: `${c}:${t}`, text: term.text, language: term.language }))),
);
// Each segment in its own language, as the reader marks it.
const hits = segments.flatMap((segment) => matchTerms(index, segment.text, segment.language).flatMap((hit) => hit.termIds));
const termOf = (id: string) => {
  const [c, t] = id.split(":").map(Number);
  return { concept: concepts[c], term: concepts[c].terms[t] };
};

describe("starter glossary china-central-asia.tbx", () => {
  it("reads as TBX-Basic v3 DCA without errors or warnings", () => {
    expect(result.report).toEqual({ errors: [], warnings: [] });
    expect(result.dialect).toEqual({ version: 3, type: "TBX-Basic", style: "dca" });
    expect(result.glossary?.name).toBe("China–Central Asia cooperation");
    // Readers see the description in the glossary list: it speaks to them, not to developers.
    expect(result.glossary?.description).toMatch(/^Terms of cooperation between China and the countries of Central Asia/u);
    expect(concepts.length).toBeGreaterThanOrEqual(40);
  });

  it.each(requiredLanguages)("gives every concept a preferred term in %s", (language) => {
    const missing = concepts.filter((concept) => !concept.terms.some((term) => term.language === language && term.status === "preferred"));
    expect(missing.map((concept) => concept.id)).toEqual([]);
  });

  it("gives every concept a subject field, a definition and a part of speech for each term", () => {
    const incomplete = concepts.filter(
      (concept) => !concept.subjectField?.trim() || !concept.definition?.trim() || concept.terms.some((term) => !term.partOfSpeech),
    );
    expect(incomplete.map((concept) => concept.id)).toEqual([]);
  });

  it("keeps Nur-Sultan as Astana's superseded name, with the date it was dropped", () => {
    const astana = concepts.find((concept) => concept.terms.some((term) => term.language === "en" && term.text === "Astana" && term.status === "preferred"));
    expect(astana?.terms).toContainEqual(
      expect.objectContaining({
        language: "en",
        text: "Nur-Sultan",
        status: "superseded",
        statusNote: { date: "2022-09-17", text: expect.stringContaining("2019-03-23") },
      }),
    );
    for (const language of ["fr", "zh", "ru"]) {
      expect(astana?.terms.some((term) => term.language === language && term.status === "superseded" && term.statusNote?.date === "2022-09-17")).toBe(true);
    }
  });

  it("marks at least 25 distinct concepts in the seed corpus, deprecated and superseded terms included", () => {
    expect(segments.length).toBeGreaterThan(50);
    const found = new Set(hits.map((id) => termOf(id).concept.id));
    expect(found.size).toBeGreaterThanOrEqual(25);
    const statuses = new Set(hits.map((id) => termOf(id).term.status));
    expect([...statuses]).toEqual(expect.arrayContaining(["preferred", "deprecated", "superseded"]));
  });
});
