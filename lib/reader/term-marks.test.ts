import { describe, expect, it } from "vitest";
import { buildTermIndex, type IndexedTerm } from "../glossary/match-terms";
import type { TermStatus } from "../glossary/types";
import {
  type ConceptHit,
  type ConceptMatcher,
  findConceptHits,
  keepConcepts,
  markSegments,
  selectHits,
  splitMarkedText,
} from "./term-marks";
import { isFlaggedStatus } from "./term-status";

type Row = IndexedTerm & { conceptId: string; status?: TermStatus };

function matcher(rows: Row[]): ConceptMatcher {
  return {
    index: buildTermIndex(rows),
    terms: new Map(rows.map((row) => [row.id, { conceptId: row.conceptId, status: row.status ?? "preferred" }])),
  };
}

const starter = matcher([
  { id: "fr-initiative", conceptId: "initiative", text: "Initiative", language: "fr" },
  { id: "fr-chine", conceptId: "china", text: "Chine", language: "fr" },
  { id: "fr-asie-centrale", conceptId: "central-asia", text: "Asie centrale", language: "fr" },
  { id: "fr-chine-asie", conceptId: "china-central-asia", text: "Chine–Asie centrale", language: "fr" },
  { id: "en-corridor", conceptId: "corridor", text: "economic corridor", language: "en" },
  { id: "en-nur-sultan", conceptId: "astana", text: "Nur-Sultan", language: "en", status: "superseded" },
  { id: "zh-bri", conceptId: "bri", text: "一带一路倡议", language: "zh" },
  { id: "zh-central-asia", conceptId: "central-asia", text: "中亚", language: "zh" },
]);

/** [case, text, language, expected pieces as [text, concept ids or null]] */
const cases: [string, string, string, [string, string[] | null][]][] = [
  [
    "French elision with '",
    "le succès de l'Initiative",
    "fr",
    [
      ["le succès de l'", null],
      ["Initiative", ["initiative"]],
    ],
  ],
  [
    "French elision with ’, multi-word",
    "les pays d’Asie centrale",
    "fr",
    [
      ["les pays d’", null],
      ["Asie centrale", ["central-asia"]],
    ],
  ],
  [
    "English plural",
    "two economic corridors.",
    "en",
    [
      ["two ", null],
      ["economic corridors", ["corridor"]],
      [".", null],
    ],
  ],
  [
    "Chinese inside unspaced text",
    "推进一带一路倡议与中亚合作",
    "zh",
    [
      ["推进", null],
      ["一带一路倡议", ["bri"]],
      ["与", null],
      ["中亚", ["central-asia"]],
      ["合作", null],
    ],
  ],
  [
    "Chine is not marked inside Machine",
    "la Machine et la Chine",
    "fr",
    [
      ["la Machine et la ", null],
      ["Chine", ["china"]],
    ],
  ],
  [
    "nested terms: the longest wins and nothing inside it is marked",
    "le sommet Chine-Asie centrale",
    "fr",
    [
      ["le sommet ", null],
      ["Chine-Asie centrale", ["china-central-asia"]],
    ],
  ],
  ["a text without terms is one plain piece", "rien à signaler", "fr", [["rien à signaler", null]]],
  ["an empty text is one empty piece", "", "fr", [["", null]]],
];

describe("findConceptHits and splitMarkedText", () => {
  it.each(cases)("%s", (_, text, language, expected) => {
    const pieces = splitMarkedText(text, findConceptHits([starter], text, language));
    expect(pieces.map((piece) => [piece.text, piece.mark?.conceptIds ?? null])).toEqual(expected);
    expect(pieces.map((piece) => piece.text).join("")).toBe(text);
  });

  it("carries the status of the form found, so a superseded name is flagged", () => {
    const [hit] = findConceptHits([starter], "in Nur-Sultan", "en");
    expect(hit).toMatchObject({ conceptIds: ["astana"], status: "superseded" });
    expect(isFlaggedStatus(hit.status)).toBe(true);
    expect(isFlaggedStatus("admitted")).toBe(false);
  });
});

describe("several glossaries", () => {
  const other = matcher([
    { id: "o-chine", conceptId: "other-china", text: "Chine", language: "fr", status: "deprecated" },
    { id: "o-machine-chine", conceptId: "machine-china", text: "Machine de la Chine", language: "fr" },
    { id: "o-asie", conceptId: "asia", text: "Asie", language: "fr" },
  ]);

  it("lets the longest hit of any glossary win, whatever the glossary order", () => {
    const text = "la Machine de la Chine";
    for (const order of [
      [starter, other],
      [other, starter],
    ]) {
      expect(findConceptHits(order, text, "fr")).toEqual([
        { start: 3, end: 22, conceptIds: ["machine-china"], status: "preferred" },
      ]);
    }
  });

  it("merges the same span found by two glossaries, keeping the better status", () => {
    expect(findConceptHits([other, starter], "la Chine", "fr")).toEqual([
      { start: 3, end: 8, conceptIds: ["other-china", "china"], status: "preferred" },
    ]);
  });

  it("never lets overlapping hits through: each piece is either plain or one mark", () => {
    const text = "Chine-Asie centrale et Asie centrale, Asie";
    const hits = findConceptHits([other, starter], text, "fr");
    for (let k = 1; k < hits.length; k++) expect(hits[k].start).toBeGreaterThanOrEqual(hits[k - 1].end);
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(["Chine-Asie centrale", "Asie centrale", "Asie"]);
  });
});

describe("selectHits", () => {
  const hit = (start: number, end: number, id: string): ConceptHit => ({
    start,
    end,
    conceptIds: [id],
    status: "admitted",
  });

  it("takes the leftmost, then the longest, and drops what overlaps the taken ones", () => {
    expect(
      selectHits([hit(4, 9, "b"), hit(0, 5, "a"), hit(0, 3, "a-short"), hit(9, 12, "c"), hit(6, 6, "empty")]),
    ).toEqual([hit(0, 5, "a"), hit(9, 12, "c")]);
  });

  it("refuses pieces from hits that overlap", () => {
    expect(() => splitMarkedText("abcdef", [hit(0, 3, "a"), hit(2, 4, "b")])).toThrow(RangeError);
    expect(() => splitMarkedText("abc", [hit(1, 9, "a")])).toThrow(RangeError);
  });
});

describe("markSegments", () => {
  it("keeps only the segments with marks and lists the concepts in order of appearance", () => {
    const marked = markSegments(
      [starter],
      [
        { id: "s1", text: "Rien ici.", language: "fr" },
        { id: "s2", text: "La Chine et l'Asie centrale.", language: "fr" },
        { id: "s3", text: "中亚合作", language: "zh" },
      ],
    );
    expect([...marked.pieces.keys()]).toEqual(["s2", "s3"]);
    expect(marked.conceptIds).toEqual(["china", "central-asia"]);
  });

  it("does nothing without a glossary", () => {
    expect(markSegments([], [{ id: "s1", text: "la Chine", language: "fr" }])).toEqual({
      pieces: new Map(),
      conceptIds: [],
    });
  });
});

describe("keepConcepts", () => {
  it("drops concepts without a card and turns an empty mark back into text", () => {
    const pieces = splitMarkedText(
      "la Chine et l'Asie centrale",
      findConceptHits([starter], "la Chine et l'Asie centrale", "fr"),
    );
    const kept = keepConcepts(pieces, (id) => id === "central-asia");
    expect(kept.map((piece) => [piece.text, piece.mark?.conceptIds ?? null])).toEqual([
      ["la Chine et l'", null],
      ["Asie centrale", ["central-asia"]],
    ]);
    expect(keepConcepts(pieces, () => false)).toEqual([{ text: "la Chine et l'Asie centrale" }]);
  });
});
