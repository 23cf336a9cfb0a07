import { describe, expect, it } from "vitest";
import { at, draft, missingNumber, storedTranslation, untranslated, user } from "../testing/translation-fixtures";
import type { TranslationStatus } from "./translation-ranking";
import {
  commentOnTranslation,
  reviseTranslation,
  submitTranslation,
  translationStatuses,
  translationTransitions,
  withdrawTranslation,
  type StoredTranslation,
} from "./translation-review";

const author = user("author", "contributor");

const stored = (status: TranslationStatus, overrides: Partial<StoredTranslation> = {}) =>
  storedTranslation(status, { text: "Old text", version: 3, ...overrides });

describe("translationTransitions", () => {
  it("lists the four statuses, and only a pending translation takes review decisions", () => {
    expect(Object.keys(translationTransitions)).toEqual([...translationStatuses]);
    expect(translationTransitions.pending).toEqual({
      edit: "pending",
      approve: "approved",
      editAndApprove: "approved",
      reject: "rejected",
    });
    expect(translationTransitions.approved).toEqual({ supersede: "superseded" });
    expect(translationTransitions.rejected).toEqual({});
    expect(translationTransitions.superseded).toEqual({});
  });
});

describe("submitTranslation", () => {
  const target = { id: "t9", segmentId: "s1", language: "en" };

  it.each([
    ["nobody signed in", null, "unauthenticated"],
    ["a disabled contributor", user("u", "contributor", true), "unauthenticated"],
    ["a disabled admin", user("u", "admin", true), "unauthenticated"],
    ["a reader", user("u", "reader"), "forbidden"],
  ] as const)("refuses %s", (_name, actor, code) => {
    expect(submitTranslation(actor, target, draft("The middle corridor"), at)).toEqual({ ok: false, code });
  });

  it.each(["contributor", "editor", "admin"] as const)("a %s submits a new pending translation", (role) => {
    expect(submitTranslation(user("u7", role), target, draft("  The middle corridor\r\n"), at)).toEqual({
      ok: true,
      translation: {
        id: "t9",
        segmentId: "s1",
        language: "en",
        authorId: "u7",
        text: "The middle corridor",
        status: "pending",
        version: 1,
        basedOnId: null,
        createdAt: at,
      },
      events: [
        { kind: "created", translationId: "t9", actorId: "u7", at, text: "The middle corridor", basedOnId: null },
      ],
    });
  });

  it.each([
    ["whitespace only", " \n\t ", "required"],
    ["5,001 characters", "a".repeat(5_001), "tooLong"],
    ["a lone surrogate", "a\uD800", "invalidCharacters"],
    ["NUL", "a\u0000", "invalidCharacters"],
  ])("refuses %s with a field error on text", (_name, text, code) => {
    expect(submitTranslation(author, target, draft(text), at)).toEqual({
      ok: false,
      code: "invalidInput",
      fieldErrors: [{ path: "text", code }],
    });
  });

  it("accepts 5,000 characters", () => {
    expect(submitTranslation(author, target, draft("a".repeat(5_000)), at).ok).toBe(true);
  });

  it.each([
    ["an unacknowledged error", [untranslated, missingNumber], false, false],
    ["an acknowledged error", [untranslated], true, true],
    ["warnings, unacknowledged", [missingNumber], false, true],
    ["no issues", [], false, true],
  ])("with %s: accepted %s", (_name, issues, acknowledgedErrors, isAccepted) => {
    const result = submitTranslation(author, target, draft("Astana", issues, acknowledgedErrors), at);
    expect(result.ok).toBe(isAccepted);
    if (!result.ok) expect(result).toEqual({ ok: false, code: "unacknowledgedErrors", issues: [untranslated] });
  });
});

describe("reviseTranslation", () => {
  const context = { loadedVersion: 3, newId: "t9" };

  it("lets the author edit their pending translation in place, keeping the earlier text in history", () => {
    expect(reviseTranslation(author, stored("pending"), draft(" New text "), context, at)).toEqual({
      ok: true,
      effect: "edit",
      update: { id: "t1", where: { status: "pending", version: 3 }, set: { text: "New text" } },
      events: [
        { kind: "edited", translationId: "t1", actorId: "author", at, previousText: "Old text", text: "New text" },
      ],
    });
  });

  it("lets an editor edit their own pending translation", () => {
    const editor = user("ed", "editor");
    const result = reviseTranslation(editor, stored("pending", { authorId: "ed" }), draft("New text"), context, at);
    expect(result.ok && result.effect).toBe("edit");
  });

  it.each([
    ["the author, approved", author],
    ["another contributor, approved", user("other", "contributor")],
    ["an editor, approved", user("ed", "editor")],
    ["an admin, approved", user("adm", "admin")],
  ])("turns a change by %s into a new pending suggestion based on it", (_name, actor) => {
    expect(reviseTranslation(actor, stored("approved"), draft("New text"), context, at)).toEqual({
      ok: true,
      effect: "createPending",
      translation: {
        id: "t9",
        segmentId: "s1",
        language: "en",
        authorId: actor.id,
        text: "New text",
        status: "pending",
        version: 1,
        basedOnId: "t1",
        createdAt: at,
      },
      events: [{ kind: "created", translationId: "t9", actorId: actor.id, at, text: "New text", basedOnId: "t1" }],
    });
  });

  it.each([
    ["another contributor, pending", user("other", "contributor"), stored("pending"), "notAuthor"],
    ["an editor, someone else's pending", user("ed", "editor"), stored("pending"), "notAuthor"],
    ["an admin, someone else's pending", user("adm", "admin"), stored("pending"), "notAuthor"],
    ["the author, rejected", author, stored("rejected"), "closed"],
    ["the author, superseded", author, stored("superseded"), "closed"],
    ["another contributor, rejected", user("other", "contributor"), stored("rejected"), "closed"],
    ["the author now a reader", user("author", "reader"), stored("pending"), "forbidden"],
    ["the author, disabled", user("author", "contributor", true), stored("pending"), "unauthenticated"],
    ["a reader, approved", user("r", "reader"), stored("approved"), "forbidden"],
    ["nobody, approved", null, stored("approved"), "unauthenticated"],
    ["the author, edited elsewhere since loaded", author, stored("pending", { version: 4 }), "versionChanged"],
    ["the author, same text after trimming", author, stored("pending", { text: "New text" }), "unchanged"],
  ])("refuses %s", (_name, actor, translation, code) => {
    expect(reviseTranslation(actor, translation, draft(" New text\n"), context, at)).toEqual({ ok: false, code });
  });

  it.each([
    ["pending", "pending"],
    ["approved", "approved"],
  ] as const)("applies the text rules and the quality gate to a %s one", (_name, status) => {
    const translation = stored(status);
    expect(reviseTranslation(author, translation, draft(""), context, at)).toMatchObject({ code: "invalidInput" });
    expect(reviseTranslation(author, translation, draft("x", [untranslated]), context, at)).toMatchObject({
      code: "unacknowledgedErrors",
    });
    expect(reviseTranslation(author, translation, draft("x", [untranslated], true), context, at).ok).toBe(true);
    expect(reviseTranslation(author, translation, draft("x", [missingNumber]), context, at).ok).toBe(true);
  });
});

describe("withdrawTranslation", () => {
  it("deletes the author's pending translation nobody else engaged with", () => {
    expect(withdrawTranslation(author, stored("pending"), { hasOthersEngagement: false })).toEqual({
      ok: true,
      delete: { id: "t1", where: { status: "pending", version: 3 } },
    });
  });

  it.each([
    ["others voted or commented", author, stored("pending"), true, "engagedByOthers"],
    ["another contributor", user("other", "contributor"), stored("pending"), false, "notAuthor"],
    ["an editor", user("ed", "editor"), stored("pending"), false, "notAuthor"],
    ["an admin", user("adm", "admin"), stored("pending"), false, "notAuthor"],
    ["approved", author, stored("approved"), false, "notPending"],
    ["rejected", author, stored("rejected"), false, "notPending"],
    ["superseded", author, stored("superseded"), false, "notPending"],
    ["the author now a reader", user("author", "reader"), stored("pending"), false, "forbidden"],
    ["the author, disabled", user("author", "contributor", true), stored("pending"), false, "unauthenticated"],
    ["nobody", null, stored("pending"), false, "unauthenticated"],
  ])("refuses: %s", (_name, actor, translation, hasOthersEngagement, code) => {
    expect(withdrawTranslation(actor, translation, { hasOthersEngagement })).toEqual({ ok: false, code });
  });
});

describe("commentOnTranslation", () => {
  it.each(translationStatuses)("a contributor comments on a %s translation", (status) => {
    const translation = stored(status);
    expect(
      commentOnTranslation(user("u2", "contributor"), translation, " Why “corridor”? ", { newId: "c1" }, at),
    ).toEqual({
      ok: true,
      comment: { id: "c1", translationId: "t1", authorId: "u2", text: "Why “corridor”?", createdAt: at },
      events: [{ kind: "commented", translationId: "t1", actorId: "u2", at, comment: "Why “corridor”?" }],
    });
  });

  it.each([
    ["nobody", null, "ok", "unauthenticated"],
    ["a disabled editor", user("e", "editor", true), "ok", "unauthenticated"],
    ["a reader", user("r", "reader"), "ok", "forbidden"],
  ] as const)("refuses %s", (_name, actor, text, code) => {
    expect(commentOnTranslation(actor, { id: "t1" }, text, { newId: "c1" }, at)).toEqual({ ok: false, code });
  });

  it.each([
    [" \n ", "required"],
    ["a".repeat(2_001), "tooLong"],
    ["a\u0007", "invalidCharacters"],
  ])("refuses the comment %j", (text, code) => {
    expect(commentOnTranslation(author, { id: "t1" }, text, { newId: "c1" }, at)).toEqual({
      ok: false,
      code: "invalidInput",
      fieldErrors: [{ path: "comment", code }],
    });
  });

  it("accepts 2,000 characters", () => {
    expect(commentOnTranslation(author, { id: "t1" }, "a".repeat(2_000), { newId: "c1" }, at).ok).toBe(true);
  });
});
