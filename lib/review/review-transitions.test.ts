import { describe, expect, it } from "vitest";
import { decide, type ReviewTransitions } from "./review-transitions";

type TranslationState = "proposed" | "approved" | "rejected";
type TranslationDecision = "approve" | "reject";

/** The shape translation review will use. */
const translations: ReviewTransitions<TranslationState, TranslationDecision> = {
  proposed: { approve: "approved", reject: "rejected" },
  approved: {},
  rejected: {},
};

const at = new Date("2026-03-01T10:00:00Z");

describe("decide", () => {
  it.each([
    ["proposed", "approve", "approved"],
    ["proposed", "reject", "rejected"],
  ] as const)("from %s, %s leads to %s", (current, decision, to) => {
    expect(decide(translations, current, decision, "editor-1", at)).toEqual({
      ok: true,
      decision,
      from: current,
      to,
      reviewerId: "editor-1",
      reviewedAt: at,
    });
  });

  it.each([
    ["approved", "approve"],
    ["approved", "reject"],
    ["rejected", "approve"],
    ["rejected", "reject"],
  ] as const)("refuses %s → %s: only while still open", (current, decision) => {
    expect(decide(translations, current, decision, "editor-1", at)).toEqual({
      ok: false,
      code: "notAllowed",
      decision,
      state: current,
    });
  });
});
