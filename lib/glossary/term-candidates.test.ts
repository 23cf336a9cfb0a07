import { describe, expect, it } from "vitest";
import { buildTermIndex } from "./match-terms";
import { type CandidateText, findTermCandidates } from "./term-candidates";

const en = (...texts: string[]): CandidateText[] => texts.map((text) => ({ text, language: "en" }));

describe("findTermCandidates", () => {
  it.each([
    [
      "a recurring name, not its parts",
      en(
        "The Shanghai Cooperation Organisation met in Astana.",
        "Members of the Shanghai Cooperation Organisation agreed.",
      ),
      [["Shanghai Cooperation Organisation", "name", 2, 2]],
    ],
    [
      "names joined by of and the, not by and",
      en(
        "The Chinese Academy of Social Sciences and Kazakhstan signed.",
        "Scholars at the Chinese Academy of Social Sciences met.",
      ),
      [["Chinese Academy of Social Sciences", "name", 2, 2]],
    ],
    [
      "a recurring phrase without function words at its edges",
      en(
        "They built an economic corridor to the west.",
        "The economic corridor grew.",
        "A new economic corridor opened.",
      ),
      [["economic corridor", "phrase", 3, 3]],
    ],
    [
      "a capitalized first word of a sentence is not a name",
      en("Trade grew. Trade grew again.", "Trade grew fast."),
      [["Trade grew", "phrase", 3, 2]],
    ],
    ["nothing that occurs once", en("The Eurasian Economic Union met once."), []],
  ] as [string, CandidateText[], [string, string, number, number][]][])("finds %s", (_, texts, expected) => {
    const found = findTermCandidates(texts, null);
    expect(found.map((candidate) => [candidate.text, candidate.kind, candidate.count, candidate.documents])).toEqual(
      expected,
    );
  });

  it("leaves out known terms and the phrases inside them", () => {
    const known = buildTermIndex([{ id: "sco", text: "Shanghai Cooperation Organisation", language: "en" }]);
    const texts = en("The Shanghai Cooperation Organisation met.", "The Shanghai Cooperation Organisation agreed.");
    expect(findTermCandidates(texts, known)).toEqual([]);
  });

  it("finds French names and phrases around elided articles", () => {
    const texts = [
      "La Route de la Soie relie l’Asie centrale.",
      "Sur la Route de la Soie, la coopération régionale progresse.",
      "La coopération régionale.",
    ].map((text) => ({ text, language: "fr" }));
    const found = findTermCandidates(texts, null).map((candidate) => [candidate.text, candidate.kind]);
    expect(found).toEqual([
      ["Route de la Soie", "name"],
      ["coopération régionale", "phrase"],
    ]);
  });

  it("finds recurring Chinese word sequences in unspaced text", () => {
    const texts = [
      "中国—中亚峰会在西安举行。各国领导人出席中国—中亚峰会。",
      "上海合作组织成员国举行会议，上海合作组织秘书长发表讲话。",
    ].map((text) => ({ text, language: "zh" }));
    expect(findTermCandidates(texts, null).map((candidate) => [candidate.text, candidate.count])).toEqual([
      ["上海合作组织", 2],
      ["中国—中亚峰会", 2],
    ]);
  });

  it("counts the documents texts belong to, not the texts, when they name one", () => {
    const texts = [
      { text: "The Silk Road Fund invests.", language: "en", document: "a1" },
      { text: "The Silk Road Fund grows.", language: "en", document: "a1" },
      { text: "The Silk Road Fund lends.", language: "en", document: "a2" },
    ];
    expect(
      findTermCandidates(texts, null).map((candidate) => [candidate.text, candidate.count, candidate.documents]),
    ).toEqual([["Silk Road Fund", 3, 2]]);
  });

  it("ranks candidates spread over many texts first and honours the limit and minimum count", () => {
    const texts = en(
      "Central Asian railways met.",
      "Central Asian railways agreed.",
      "Central Asian railways signed.",
      "The Silk Fund. The Silk Fund.",
    );
    expect(findTermCandidates(texts, null).map((candidate) => candidate.text)).toEqual([
      "Central Asian railways",
      "Silk Fund",
    ]);
    expect(findTermCandidates(texts, null, { limit: 1 })).toHaveLength(1);
    expect(findTermCandidates(texts, null, { minCount: 3 }).map((candidate) => candidate.text)).toEqual([
      "Central Asian railways",
    ]);
  });
});
