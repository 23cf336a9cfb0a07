import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type RankedTranslation,
  type TranslationStatus,
  chooseShownTranslation,
  chooseShownTranslations,
  countTranslationProgress,
  scoreVotes,
} from "./translation-ranking";

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

function translation(
  id: string,
  status: TranslationStatus,
  score: number,
  createdDay: number,
  approvedDay?: number,
): RankedTranslation {
  return { id, status, score, createdAt: day(createdDay), approvedAt: approvedDay ? day(approvedDay) : null };
}

describe("scoreVotes", () => {
  it("adds +1 and −1 votes", () => {
    expect(
      scoreVotes([
        { userId: "a", value: 1 },
        { userId: "b", value: -1 },
        { userId: "c", value: 1 },
        { userId: "d", value: 1 },
      ]),
    ).toBe(2);
  });

  it("is 0 without votes and can go negative", () => {
    expect(scoreVotes([])).toBe(0);
    expect(
      scoreVotes([
        { userId: "a", value: -1 },
        { userId: "b", value: -1 },
      ]),
    ).toBe(-2);
  });

  it("counts one vote per user, the later one when a user appears twice", () => {
    expect(
      scoreVotes([
        { userId: "a", value: 1 },
        { userId: "a", value: 1 },
      ]),
    ).toBe(1);
    expect(
      scoreVotes([
        { userId: "a", value: 1 },
        { userId: "b", value: 1 },
        { userId: "a", value: -1 },
      ]),
    ).toBe(0);
  });
});

describe("chooseShownTranslation", () => {
  it("shows nothing when there is nothing", () => {
    expect(chooseShownTranslation([])).toBeNull();
  });

  it("shows the approved translation over better-scored pending ones", () => {
    const approved = translation("approved", "approved", -3, 5, 6);
    expect(chooseShownTranslation([translation("popular", "pending", 10, 1), approved])).toBe(approved);
  });

  it("shows the best-scored pending translation when none is approved", () => {
    const best = translation("best", "pending", 3, 9);
    expect(
      chooseShownTranslation([translation("low", "pending", 1, 1), best, translation("zero", "pending", 0, 2)]),
    ).toBe(best);
  });

  it("breaks a score tie by age, older first", () => {
    const older = translation("b-older", "pending", 2, 1);
    const newer = translation("a-newer", "pending", 2, 4);
    expect(chooseShownTranslation([newer, older])).toBe(older);
    expect(chooseShownTranslation([older, newer])).toBe(older);
  });

  it("breaks a tie of score and age by id, whatever the input order", () => {
    const first = translation("t1", "pending", 0, 1);
    const second = translation("t2", "pending", 0, 1);
    expect(chooseShownTranslation([second, first])).toBe(first);
    expect(chooseShownTranslation([first, second])).toBe(first);
  });

  it("never shows a rejected or superseded translation", () => {
    expect(
      chooseShownTranslation([translation("r", "rejected", 9, 1), translation("s", "superseded", 9, 1, 2)]),
    ).toBeNull();
    const pending = translation("p", "pending", 0, 3);
    expect(chooseShownTranslation([translation("s", "superseded", 9, 1, 2), pending])).toBe(pending);
  });

  it("shows a pending translation with score 0 but not one with a negative score", () => {
    const zero = translation("zero", "pending", 0, 1);
    expect(chooseShownTranslation([zero])).toBe(zero);
    expect(chooseShownTranslation([translation("downvoted", "pending", -1, 1)])).toBeNull();
  });

  it("skips a downvoted pending translation for a lower-ranked but non-negative one", () => {
    const newer = translation("newer", "pending", 0, 5);
    expect(chooseShownTranslation([translation("older", "pending", -2, 1), newer])).toBe(newer);
  });

  it("picks the latest approval when several are approved", () => {
    const latest = translation("a", "approved", 0, 1, 9);
    const earlier = translation("b", "approved", 5, 8, 8);
    expect(chooseShownTranslation([latest, earlier])).toBe(latest);
    expect(chooseShownTranslation([earlier, latest])).toBe(latest);
  });

  it("falls back to creation time, then id, to order approvals", () => {
    const undated = translation("undated", "approved", 0, 7);
    const dated = translation("dated", "approved", 0, 1, 5);
    expect(chooseShownTranslation([undated, dated])).toBe(undated);
    const x = translation("x", "approved", 0, 1, 5);
    const y = translation("y", "approved", 0, 1, 5);
    expect(chooseShownTranslation([x, y])).toBe(y);
    expect(chooseShownTranslation([y, x])).toBe(y);
  });

  it("chooses a shown translation that follows the rules, whatever the input order", () => {
    const arbitraryTranslation = fc.record({
      id: fc.constantFrom("t1", "t2", "t3", "t4", "t5"),
      status: fc.constantFrom<TranslationStatus>("pending", "approved", "rejected", "superseded"),
      score: fc.integer({ min: -3, max: 3 }),
      createdAt: fc.integer({ min: 1, max: 4 }).map(day),
      approvedAt: fc.option(fc.integer({ min: 1, max: 4 }).map(day)),
    });
    const candidatesInTwoOrders = fc
      .uniqueArray(arbitraryTranslation, { selector: (t) => t.id, maxLength: 5 })
      .chain((candidates) =>
        fc.tuple(
          fc.constant(candidates),
          fc.shuffledSubarray(candidates, { minLength: candidates.length, maxLength: candidates.length }),
        ),
      );
    fc.assert(
      fc.property(candidatesInTwoOrders, ([candidates, shuffled]) => {
        const chosen = chooseShownTranslation(candidates);
        expect(chooseShownTranslation(shuffled)).toBe(chosen);
        const isShowable = (t: RankedTranslation) =>
          t.status === "approved" || (t.status === "pending" && t.score >= 0);
        if (chosen === null) {
          expect(candidates.some(isShowable)).toBe(false);
          return;
        }
        expect(isShowable(chosen)).toBe(true);
        if (chosen.status === "pending") {
          expect(candidates.some((t) => t.status === "approved")).toBe(false);
          expect(candidates.every((t) => t.status !== "pending" || t.score <= chosen.score)).toBe(true);
        }
      }),
    );
  });
});

describe("chooseShownTranslations", () => {
  it("chooses per sentence and per target language", () => {
    const row = (id: string, segmentId: string, language: string, status: TranslationStatus, score: number) => ({
      ...translation(id, status, score, 1),
      segmentId,
      language,
    });
    const shown = chooseShownTranslations([
      row("s1-en-pending", "s1", "en", "pending", 4),
      row("s1-en-approved", "s1", "en", "approved", 0),
      row("s1-ru", "s1", "ru", "pending", 1),
      row("s2-en", "s2", "en", "pending", -1),
      row("s3-en", "s3", "en", "rejected", 5),
    ]);
    expect(shown.get("s1")?.get("en")?.id).toBe("s1-en-approved");
    expect(shown.get("s1")?.get("ru")?.id).toBe("s1-ru");
    expect(shown.has("s2")).toBe(false);
    expect(shown.has("s3")).toBe(false);
    expect(shown.size).toBe(1);
  });

  it("is empty for no translations", () => {
    expect(chooseShownTranslations([]).size).toBe(0);
  });
});

describe("countTranslationProgress", () => {
  const segments = [
    { id: "fr1", language: "fr" },
    { id: "fr2", language: "fr-FR" },
    { id: "zh1", language: "zh-Hans" },
    { id: "ru1", language: "ru" },
  ];

  it("counts approved, translated and total sentences per language", () => {
    const progress = countTranslationProgress({
      segments,
      languages: ["en", "fr", "zh"],
      translations: [
        { segmentId: "fr1", language: "en", status: "approved" },
        { segmentId: "fr1", language: "en", status: "pending" },
        { segmentId: "fr2", language: "en", status: "pending" },
        { segmentId: "zh1", language: "en", status: "rejected" },
        { segmentId: "ru1", language: "en", status: "superseded" },
        { segmentId: "zh1", language: "fr", status: "approved" },
        { segmentId: "ru1", language: "zh-CN", status: "pending" },
      ],
    });
    expect(progress).toEqual([
      { language: "en", approved: 1, translated: 2, total: 4 },
      { language: "fr", approved: 1, translated: 1, total: 2 },
      { language: "zh", approved: 0, translated: 1, total: 3 },
    ]);
  });

  it("does not count a sentence as needing translation into its own language", () => {
    const progress = countTranslationProgress({
      segments,
      languages: ["fr"],
      translations: [{ segmentId: "fr1", language: "fr", status: "approved" }],
    });
    expect(progress).toEqual([{ language: "fr", approved: 0, translated: 0, total: 2 }]);
  });

  it("keeps Traditional Chinese apart from Simplified", () => {
    const progress = countTranslationProgress({
      segments,
      languages: ["zh-Hant", "zh"],
      translations: [{ segmentId: "fr1", language: "zh-TW", status: "approved" }],
    });
    expect(progress).toEqual([
      { language: "zh-Hant", approved: 1, translated: 1, total: 4 },
      { language: "zh", approved: 0, translated: 0, total: 3 },
    ]);
  });

  it("ignores translations of unknown sentences and into languages not asked for, and lists each language once", () => {
    const progress = countTranslationProgress({
      segments,
      languages: ["en", "en-GB"],
      translations: [
        { segmentId: "gone", language: "en", status: "approved" },
        { segmentId: "fr1", language: "kk", status: "approved" },
      ],
    });
    expect(progress).toEqual([{ language: "en", approved: 0, translated: 0, total: 4 }]);
  });

  it("handles an empty library and no languages", () => {
    expect(countTranslationProgress({ segments: [], languages: ["en"], translations: [] })).toEqual([
      { language: "en", approved: 0, translated: 0, total: 0 },
    ]);
    expect(countTranslationProgress({ segments, languages: [], translations: [] })).toEqual([]);
  });
});
