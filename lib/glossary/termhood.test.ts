import { describe, expect, it } from "vitest";
import { isConjunction, isGeneralWord } from "./general-words";
import { cValue, termhood } from "./termhood";

const evidence = {
  count: 4,
  documents: 2,
  words: 2,
  nameCount: 0,
  nestedIn: [],
  generalEdges: 0,
  innerConjunctions: 0,
};

describe("cValue", () => {
  it.each([
    ["a phrase never inside a longer one", 2, 6, [], Math.log2(3) * 6],
    ["a phrase inside longer ones, less their mean count", 3, 10, [4, 2], 2 * 7],
    ["a phrase only ever inside a longer one", 2, 3, [3], 0],
  ])("weighs %s", (_, words, count, nestedIn, expected) => {
    expect(cValue(words, count, nestedIn)).toBeCloseTo(expected);
  });
});

describe("termhood", () => {
  it("ranks a name above the same phrase in lower case, and a longer phrase above a shorter one", () => {
    expect(termhood({ ...evidence, nameCount: 4 })).toBeCloseTo(2 * termhood(evidence));
    expect(termhood({ ...evidence, words: 3 })).toBeGreaterThan(termhood(evidence));
  });

  it("weighs down general words at the edges and a coordination inside, unless it is written as a name", () => {
    expect(termhood({ ...evidence, generalEdges: 1 })).toBeCloseTo(termhood(evidence) / 4);
    expect(termhood({ ...evidence, words: 4, innerConjunctions: 1 })).toBeCloseTo(
      termhood({ ...evidence, words: 4 }) / 2,
    );
    expect(termhood({ ...evidence, words: 3, nameCount: 4, innerConjunctions: 1 })).toBeCloseTo(
      termhood({ ...evidence, words: 3, nameCount: 4 }),
    );
  });

  it("prefers a phrase spread over articles to one repeated in a single article", () => {
    expect(termhood({ ...evidence, documents: 4 })).toBeGreaterThan(termhood({ ...evidence, documents: 1 }));
  });
});

describe("general words", () => {
  it("are compared folded, per language", () => {
    expect(isGeneralWord("differents", "fr")).toBe(true);
    expect(isGeneralWord("renforcer", "fr")).toBe(true);
    expect(isGeneralWord("renforcer", "en")).toBe(false);
    expect(isGeneralWord("corridor", "en")).toBe(false);
    expect(isConjunction("et")).toBe(true);
    expect(isConjunction("de")).toBe(false);
  });
});
