import { describe, expect, it } from "vitest";
import { rankOccurrences, tallyOccurrences } from "./concept-occurrences";
import { buildTermIndex } from "./match-terms";

const index = buildTermIndex([
  { id: "t1", text: "Astana", language: "en" },
  { id: "t2", text: "阿斯塔纳", language: "zh" },
]);

const segment = (id: string, articleId: string, position: number, text: string, language = "en") => ({
  id,
  articleId,
  position,
  language,
  text,
});

describe("tallyOccurrences", () => {
  it("counts hits per article across pages and keeps the earliest segment", () => {
    const tally = tallyOccurrences(index, [segment("s9", "a1", 9, "Astana, Astana."), segment("s1", "b", 1, "None.")]);
    tallyOccurrences(index, [segment("s3", "a1", 3, "In Astana."), segment("s5", "a2", 5, "阿斯塔纳", "zh")], tally);
    expect(Object.fromEntries(tally)).toEqual({
      a1: { count: 3, firstSegment: { id: "s3", position: 3 } },
      a2: { count: 1, firstSegment: { id: "s5", position: 5 } },
    });
  });
});

describe("rankOccurrences", () => {
  const tally = tallyOccurrences(index, [
    segment("s1", "a1", 1, "Astana"),
    segment("s2", "a2", 1, "Astana Astana"),
    segment("s3", "a3", 1, "Astana"),
  ]);
  const article = (id: string, title: string) => ({ id, slug: id, title, language: "en" });

  it("ranks by hits then title, and leaves out articles not found", () => {
    const result = rankOccurrences(tally, [article("a1", "Zeta"), article("a2", "Mid"), article("a3", "Alpha")]);
    expect(result.total).toBe(4);
    expect(result.articles.map((found) => found.articleId)).toEqual(["a2", "a3", "a1"]);
    expect(rankOccurrences(tally, [article("a3", "Alpha")])).toMatchObject({ total: 1, articles: [{ count: 1 }] });
  });
});
