// The candidate ranking on the real seed corpus (seed/corpus, five news articles in French and English): names and
// multi-word terms come before generic phrases, with and without the starter glossary's terms known.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTbx } from "../formats/tbx/read-tbx";
import { importDocument } from "../import/import-document";
import { buildTermIndex } from "./match-terms";
import { type CandidateText, findTermCandidates } from "./term-candidates";

const seed = path.resolve(import.meta.dirname, "../../seed");
const texts: CandidateText[] = readdirSync(path.join(seed, "corpus"))
  .filter((file) => file.endsWith(".txt"))
  .flatMap((file) =>
    importDocument(readFileSync(path.join(seed, "corpus", file), "utf8"), { fileName: file }).flatMap((article) =>
      article.paragraphs.flatMap((paragraph) =>
        paragraph.segments.map((segment) => ({ text: segment.text, language: segment.language, document: file })),
      ),
    ),
  );
const { concepts } = readTbx(readFileSync(path.join(seed, "glossary/china-central-asia.tbx")));
const starter = buildTermIndex(
  concepts.flatMap((concept, c) =>
    concept.terms.map((term, t) => ({ id: `${c}:${t}`, text: term.text, language: term.language })),
  ),
);

// Phrases any news text has, whatever its subject: verbs with their object, numbers with a noun, "new impetus".
const generic = [
  "relever les défis",
  "renforcer les échanges",
  "renforcer les liens",
  "matière de sécurité",
  "mis en place",
  "mettant en avant",
  "deux pays",
  "deux parties",
  "nouvel élan",
  "quatre sous-forums",
];

const ranked = (known: typeof starter | null) => findTermCandidates(texts, known, { limit: 1000 }).map((c) => c.text);
const rankOf = (list: string[], text: string) => {
  const rank = list.indexOf(text);
  expect(rank, `${text} is a candidate`).toBeGreaterThanOrEqual(0);
  return rank;
};

describe("term candidates of the seed corpus", () => {
  it("puts names and multi-word terms first, generic phrases after them", () => {
    const list = ranked(null);
    expect(list.slice(0, 10)).toEqual(
      expect.arrayContaining(["Centre de Coopération Logistique de Lianyungang", "China-Central Asia Summit"]),
    );
    const lastTerm = Math.max(
      ...[
        "Route de la Soie",
        "Comité central du Parti communiste chinois",
        "modernisation de style chinois",
        "coopération régionale",
        "échange culturel",
      ].map((text) => rankOf(list, text)),
    );
    for (const phrase of generic) expect(rankOf(list, phrase), phrase).toBeGreaterThan(lastTerm);
  });

  it("with the starter glossary known, still leads with terms, not generic phrases", () => {
    const list = ranked(starter);
    expect(list.slice(0, 20).filter((text) => generic.includes(text))).toEqual([]);
    for (const phrase of generic)
      expect(rankOf(list, phrase), phrase).toBeGreaterThan(rankOf(list, "compréhension mutuelle"));
  });

  it("does not rank a coordination of two names as one term", () => {
    const list = ranked(null);
    expect(rankOf(list, "Chine et le Kazakhstan")).toBeGreaterThan(rankOf(list, "Chine-Kazakhstan"));
  });
});
