import { describe, expect, it } from "vitest";
import { alignPairs } from "./align-pairs";

describe("alignPairs", () => {
  const segments = [
    { id: "a", text: "M. Ding a parlé." },
    { id: "b", text: "Il  a\u00a0conclu." },
    { id: "c", text: "Sans traduction." },
  ];

  it("matches by normalized source text and reports what is left over", () => {
    const result = alignPairs(segments, [
      { source: "M. Ding a parlé.", target: "Mr Ding spoke." },
      { source: "Il a conclu.", target: " He concluded. " },
      { source: "Phrase absente.", target: "Absent sentence." },
    ]);
    expect(result.aligned).toEqual([
      { segmentId: "a", text: "Mr Ding spoke." },
      { segmentId: "b", text: "He concluded." },
    ]);
    expect(result.missing.map((s) => s.id)).toEqual(["c"]);
    expect(result.unused.map((p) => p.source)).toEqual(["Phrase absente."]);
  });

  it("treats composed and decomposed accents as the same text", () => {
    const result = alignPairs([{ id: "x", text: "Été." }], [{ source: "E\u0301te\u0301.", target: "Summer." }]);
    expect(result.aligned).toEqual([{ segmentId: "x", text: "Summer." }]);
  });
});
