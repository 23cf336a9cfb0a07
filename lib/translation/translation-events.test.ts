import { describe, expect, it } from "vitest";
import { approveTranslation, rejectTranslation } from "./translation-approval";
import { editedEvent, translationEventKinds, type TranslationEvent } from "./translation-events";
import {
  commentOnTranslation,
  reviseTranslation,
  submitTranslation,
  type StoredTranslation,
} from "./translation-review";
import { castVote, withdrawVote } from "./translation-votes";

const at = new Date("2026-03-01T10:00:00Z");
const author = { id: "author", role: "contributor", isDisabled: false } as const;
const voter = { id: "voter", role: "contributor", isDisabled: false } as const;
const editor = { id: "ed", role: "editor", isDisabled: false } as const;
const clean = { issues: [], acknowledgedErrors: false };

function events(result: { ok: boolean; events?: TranslationEvent[] }): TranslationEvent[] {
  if (!result.ok || !result.events) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.events;
}

describe("editedEvent", () => {
  it("keeps the earlier text", () => {
    expect(editedEvent({ id: "t1", text: "Old" }, "u2", "New", at)).toEqual({
      kind: "edited",
      translationId: "t1",
      actorId: "u2",
      at,
      previousText: "Old",
      text: "New",
    });
  });
});

describe("a translation's life", () => {
  it("produces every event kind, each from the decision that implies it", () => {
    const submitted = submitTranslation(
      author,
      { id: "t2", segmentId: "s1", language: "en" },
      { text: "Draft", ...clean },
      at,
    );
    const pending: StoredTranslation = {
      id: "t2",
      segmentId: "s1",
      language: "en",
      authorId: "author",
      status: "pending",
      text: "Draft",
      version: 1,
    };
    const history = [
      ...events(submitted),
      ...events(castVote(voter, pending, null, { value: -1, reason: "Typo" }, at)),
      ...events(withdrawVote(voter, pending, { value: -1, reason: "Typo" }, at)),
      ...events(commentOnTranslation(voter, pending, "Better now?", { newId: "c1" }, at)),
      ...events(reviseTranslation(author, pending, { text: "Final", ...clean }, { loadedVersion: 1, newId: "x" }, at)),
      ...events(
        approveTranslation(
          editor,
          { ...pending, version: 2 },
          { loaded: { version: 2, approvedId: "t1" }, currentApprovedId: "t1" },
          at,
        ),
      ),
      ...events(rejectTranslation(editor, { ...pending, id: "t3" }, "Duplicate", { loadedVersion: 1 }, at)),
    ];
    expect(history.map((event) => event.kind)).toEqual([
      "created",
      "voted",
      "voteWithdrawn",
      "commented",
      "edited",
      "approved",
      "superseded",
      "rejected",
    ]);
    expect(new Set(history.map((event) => event.kind))).toEqual(new Set(translationEventKinds));
  });
});
