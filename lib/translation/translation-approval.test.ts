import { describe, expect, it } from "vitest";
import { at, draft, storedTranslation, untranslated, user } from "../testing/translation-fixtures";
import { approveTranslation, editAndApproveTranslation, rejectTranslation } from "./translation-approval";
import type { TranslationStatus } from "./translation-ranking";
import type { StoredTranslation } from "./translation-review";

const editor = user("ed", "editor");

const stored = (status: TranslationStatus, overrides: Partial<StoredTranslation> = {}) =>
  storedTranslation(status, { id: "t2", text: "Author's text", ...overrides });

/** What the editor loaded matches the database: t1 is the approved translation. */
const current = { loaded: { version: 1, approvedId: "t1" }, currentApprovedId: "t1" };
const firstApproval = { loaded: { version: 1, approvedId: null }, currentApprovedId: null };

const roleCases = [
  ["nobody signed in", null, "unauthenticated"],
  ["a disabled editor", user("ed", "editor", true), "unauthenticated"],
  ["a disabled admin", user("adm", "admin", true), "unauthenticated"],
  ["a reader", user("r", "reader"), "forbidden"],
  ["a contributor", user("c", "contributor"), "forbidden"],
  ["the author (a contributor)", user("author", "contributor"), "forbidden"],
] as const;

const conflictCases = [
  ["already approved", stored("approved"), current, "notPending"],
  ["already rejected", stored("rejected"), current, "notPending"],
  ["superseded", stored("superseded"), current, "notPending"],
  ["rejected and edited since", stored("rejected", { version: 2 }), current, "notPending"],
  ["edited since it was loaded", stored("pending", { version: 2 }), current, "versionChanged"],
  [
    "another approved since (none before)",
    stored("pending"),
    { loaded: { version: 1, approvedId: null }, currentApprovedId: "t3" },
    "approvedChanged",
  ],
  [
    "another approved since (replacing t1)",
    stored("pending"),
    { loaded: { version: 1, approvedId: "t1" }, currentApprovedId: "t3" },
    "approvedChanged",
  ],
  [
    "the approved one gone since",
    stored("pending"),
    { loaded: { version: 1, approvedId: "t1" }, currentApprovedId: null },
    "approvedChanged",
  ],
] as const;

describe("approveTranslation", () => {
  it.each(["editor", "admin"] as const)("a(n) %s approves the first translation: nothing to supersede", (role) => {
    const reviewer = user("rev", role);
    expect(approveTranslation(reviewer, stored("pending"), firstApproval, at)).toEqual({
      ok: true,
      updates: [
        {
          id: "t2",
          where: { status: "pending", version: 1 },
          set: { status: "approved", reviewerId: "rev", reviewedAt: at },
        },
      ],
      supersededId: null,
      events: [{ kind: "approved", translationId: "t2", actorId: "rev", at, supersededId: null }],
    });
  });

  it("supersedes the earlier approved translation of the sentence and language (kept, and written first)", () => {
    expect(approveTranslation(editor, stored("pending"), current, at)).toEqual({
      ok: true,
      updates: [
        { id: "t1", where: { status: "approved" }, set: { status: "superseded" } },
        {
          id: "t2",
          where: { status: "pending", version: 1 },
          set: { status: "approved", reviewerId: "ed", reviewedAt: at },
        },
      ],
      supersededId: "t1",
      events: [
        { kind: "approved", translationId: "t2", actorId: "ed", at, supersededId: "t1" },
        { kind: "superseded", translationId: "t1", actorId: "ed", at, byId: "t2" },
      ],
    });
  });

  it("lets an editor approve their own translation", () => {
    expect(approveTranslation(editor, stored("pending", { authorId: "ed" }), firstApproval, at).ok).toBe(true);
  });

  it.each(roleCases)("refuses %s", (_name, actor, code) => {
    expect(approveTranslation(actor, stored("pending"), current, at)).toEqual({ ok: false, code });
  });

  it.each(conflictCases)("refuses as a conflict: %s", (_name, translation, context, code) => {
    expect(approveTranslation(editor, translation, context, at)).toEqual({ ok: false, code });
  });
});

describe("editAndApproveTranslation", () => {
  it("records the editor's edit of the author's text, then approves and supersedes", () => {
    expect(editAndApproveTranslation(editor, stored("pending"), draft(" Editor's text "), current, at)).toEqual({
      ok: true,
      updates: [
        { id: "t1", where: { status: "approved" }, set: { status: "superseded" } },
        {
          id: "t2",
          where: { status: "pending", version: 1 },
          set: { status: "approved", text: "Editor's text", reviewerId: "ed", reviewedAt: at },
        },
      ],
      supersededId: "t1",
      events: [
        {
          kind: "edited",
          translationId: "t2",
          actorId: "ed",
          at,
          previousText: "Author's text",
          text: "Editor's text",
        },
        { kind: "approved", translationId: "t2", actorId: "ed", at, supersededId: "t1" },
        { kind: "superseded", translationId: "t1", actorId: "ed", at, byId: "t2" },
      ],
    });
  });

  it("keeps the translation its author's: the update does not touch the author", () => {
    const result = editAndApproveTranslation(editor, stored("pending"), draft("Editor's text"), firstApproval, at);
    expect(result.ok && Object.keys(result.updates[0].set)).toEqual(["status", "text", "reviewerId", "reviewedAt"]);
  });

  it("approves unchanged text as a plain approval, with no edit in history", () => {
    expect(editAndApproveTranslation(editor, stored("pending"), draft("Author's text\r\n"), firstApproval, at)).toEqual(
      approveTranslation(editor, stored("pending"), firstApproval, at),
    );
  });

  it.each(roleCases)("refuses %s", (_name, actor, code) => {
    expect(editAndApproveTranslation(actor, stored("pending"), draft("Editor's text"), current, at)).toEqual({
      ok: false,
      code,
    });
  });

  it.each(conflictCases)("refuses as a conflict: %s", (_name, translation, context, code) => {
    expect(editAndApproveTranslation(editor, translation, draft("Editor's text"), context, at)).toEqual({
      ok: false,
      code,
    });
  });

  it.each([
    ["", "required"],
    ["a".repeat(5_001), "tooLong"],
    ["\uDFFF", "invalidCharacters"],
  ])("refuses the text %j", (text, code) => {
    expect(editAndApproveTranslation(editor, stored("pending"), draft(text), current, at)).toEqual({
      ok: false,
      code: "invalidInput",
      fieldErrors: [{ path: "text", code }],
    });
  });

  it("holds the editor's text to the quality gate too", () => {
    expect(editAndApproveTranslation(editor, stored("pending"), draft("x", [untranslated]), current, at)).toEqual({
      ok: false,
      code: "unacknowledgedErrors",
      issues: [untranslated],
    });
    expect(editAndApproveTranslation(editor, stored("pending"), draft("x", [untranslated], true), current, at).ok).toBe(
      true,
    );
  });
});

describe("rejectTranslation", () => {
  const loaded = { loadedVersion: 1 };

  it.each(["editor", "admin"] as const)("a(n) %s rejects with a comment shown to the author", (role) => {
    const reviewer = user("rev", role);
    expect(rejectTranslation(reviewer, stored("pending"), "  Wrong sense of « voie »\n", loaded, at)).toEqual({
      ok: true,
      update: {
        id: "t2",
        where: { status: "pending", version: 1 },
        set: { status: "rejected", reviewerId: "rev", reviewedAt: at, reviewComment: "Wrong sense of « voie »" },
      },
      events: [{ kind: "rejected", translationId: "t2", actorId: "rev", at, comment: "Wrong sense of « voie »" }],
    });
  });

  it.each([
    ["", "required"],
    [" \n\t", "required"],
    ["a".repeat(2_001), "tooLong"],
    ["a\u0000", "invalidCharacters"],
  ])("needs a comment: refuses %j", (comment, code) => {
    expect(rejectTranslation(editor, stored("pending"), comment, loaded, at)).toEqual({
      ok: false,
      code: "invalidInput",
      fieldErrors: [{ path: "comment", code }],
    });
  });

  it.each(roleCases)("refuses %s", (_name, actor, code) => {
    expect(rejectTranslation(actor, stored("pending"), "Wrong", loaded, at)).toEqual({ ok: false, code });
  });

  it.each([
    ["already approved", stored("approved"), "notPending"],
    ["already rejected", stored("rejected"), "notPending"],
    ["superseded", stored("superseded"), "notPending"],
    ["edited since it was loaded", stored("pending", { version: 2 }), "versionChanged"],
  ] as const)("refuses as a conflict: %s", (_name, translation, code) => {
    expect(rejectTranslation(editor, translation, "Wrong", loaded, at)).toEqual({ ok: false, code });
  });
});
