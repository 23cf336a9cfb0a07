// Issue 10's hostile TBX files and the limits that refuse them, each just under and just over.
import { describe, expect, it } from "vitest";
import {
  deepTbx,
  longAttributeTbx,
  longTextTbx,
  manyAttributesTbx,
  manyConceptsTbx,
  manyTermsTbx,
} from "../../testing/hostile-inputs";
import { xmlLimits } from "../xml/xml-tree";
import { readTbx } from "./read-tbx";
import { maxTermsPerConcept } from "./tbx-entry";

const timed = (input: string) => {
  const start = performance.now();
  const result = readTbx(input);
  return { result, seconds: (performance.now() - start) / 1000 };
};

describe("readTbx on hostile files", () => {
  it.each([
    ["depth", deepTbx, xmlLimits.depth, "tooDeep"],
    ["attributes per element", manyAttributesTbx, xmlLimits.attributesPerElement, "tooManyAttributes"],
    ["text length", longTextTbx, xmlLimits.textLength, "textTooLong"],
    ["attribute length", longAttributeTbx, xmlLimits.attributeLength, "attributeTooLong"],
    ["terms per concept", manyTermsTbx, maxTermsPerConcept, "tooManyTerms"],
  ] as const)("reads a file at the %s limit and refuses one just over it", (_, generate, limit, code) => {
    const under = timed(generate(limit));
    expect(under.result.report.errors).toEqual([]);
    expect(under.result.concepts).toHaveLength(1);
    const over = timed(generate(limit + 1));
    expect(over.result.concepts).toEqual([]);
    expect(over.result.report.errors).toEqual([expect.objectContaining({ code, detail: String(limit) })]);
    expect(Math.max(under.seconds, over.seconds)).toBeLessThan(2);
  });

  it("refuses issue 10's 100,000-deep file in well under a second, without a stack overflow", () => {
    const { result, seconds } = timed(deepTbx(100_000));
    expect(result.report.errors).toEqual([{ code: "tooDeep", line: 4, detail: "64" }]);
    expect(seconds).toBeLessThan(1);
  });

  it("refuses a concept of 20,000 terms fast (it took 113 s)", () => {
    const { result, seconds } = timed(manyTermsTbx(20_000));
    expect(result.report.errors).toEqual([
      { code: "tooManyTerms", line: 4, element: 'conceptEntry id="c1"', detail: String(maxTermsPerConcept) },
    ]);
    expect(seconds).toBeLessThan(2);
  });

  it("imports a concept's repeated identical term once, and keeps the ones that differ", () => {
    const { result } = timed(manyTermsTbx(3).replace("term 1<", "term 0<"));
    expect(result.concepts[0].terms.map((term) => term.text)).toEqual(["term 0", "term 2"]);
    expect(result.report.warnings).toContainEqual(expect.objectContaining({ code: "duplicateTerm", detail: "term 0" }));
  });

  it("reads 20,000 concepts, one per entry, fast", () => {
    const { result, seconds } = timed(manyConceptsTbx(20_000));
    expect(result.concepts).toHaveLength(20_000);
    expect(seconds).toBeLessThan(3);
  });
});
