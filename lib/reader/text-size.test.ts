import { describe, expect, it } from "vitest";
import { DEFAULT_TEXT_STEP, MAX_TEXT_STEP, MIN_TEXT_STEP, parseTextStep, textStepFromForm } from "./text-size";

describe("parseTextStep", () => {
  it("reads each step of the scale", () => {
    for (let step = MIN_TEXT_STEP; step <= MAX_TEXT_STEP; step++) expect(parseTextStep(String(step))).toBe(step);
  });

  it.each([undefined, null, "", "-1", "5", "2.5", "big", "1e3", " 2x"])("falls back to the default for %j", (value) => {
    expect(parseTextStep(value)).toBe(DEFAULT_TEXT_STEP);
  });
});

describe("textStepFromForm", () => {
  it("is undefined when the request has no size field, so other forms pass the proxy untouched", () => {
    expect(textStepFromForm(new URLSearchParams("lang=en&mode=side"))).toBeUndefined();
  });

  it("reads the field, and a hand-made value as the default", () => {
    expect(textStepFromForm(new URLSearchParams("textSize=3"))).toBe(3);
    expect(textStepFromForm(new URLSearchParams("textSize=99"))).toBe(DEFAULT_TEXT_STEP);
  });
});
