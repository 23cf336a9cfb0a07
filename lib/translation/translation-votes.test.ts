import { describe, expect, it } from "vitest";
import { at, user } from "../testing/translation-fixtures";
import type { TranslationStatus } from "./translation-ranking";
import { castVote, withdrawVote, type StoredVote } from "./translation-votes";

const voter = user("voter", "contributor");
const translation = (status: TranslationStatus = "pending") => ({ id: "t1", authorId: "author", status });
const up = { value: 1 as const };
const down = (reason?: string | null) => ({ value: -1 as const, reason });

describe("castVote", () => {
  it.each(["contributor", "editor", "admin"] as const)("a %s up-votes someone else's translation", (role) => {
    expect(castVote(user("v", role), translation(), null, up, at)).toEqual({
      ok: true,
      vote: { translationId: "t1", userId: "v", value: 1, reason: null },
      change: "cast",
      events: [{ kind: "voted", translationId: "t1", actorId: "v", at, value: 1, reason: null, previousValue: null }],
    });
  });

  it.each([
    ["nobody signed in", null, "unauthenticated"],
    ["a disabled contributor", user("v", "contributor", true), "unauthenticated"],
    ["a disabled admin", user("v", "admin", true), "unauthenticated"],
    ["a reader", user("v", "reader"), "forbidden"],
    ["the author", user("author", "contributor"), "ownTranslation"],
    ["the author, an editor", user("author", "editor"), "ownTranslation"],
    ["the author, an admin", user("author", "admin"), "ownTranslation"],
  ] as const)("refuses %s", (_name, actor, code) => {
    expect(castVote(actor, translation(), null, up, at)).toEqual({ ok: false, code });
  });

  it.each([
    ["pending", true],
    ["approved", true],
    ["rejected", false],
    ["superseded", false],
  ] as const)("on a %s translation: allowed %s", (status, isAllowed) => {
    const result = castVote(voter, translation(status), null, up, at);
    expect(result.ok ? "ok" : result.code).toBe(isAllowed ? "ok" : "closed");
  });

  it.each([
    ["no reason", undefined],
    ["null", null],
    ["an empty reason", ""],
    ["white space", " \n\t "],
  ])("refuses a down-vote with %s", (_name, reason) => {
    expect(castVote(voter, translation(), null, down(reason), at)).toEqual({
      ok: false,
      code: "invalidInput",
      fieldErrors: [{ path: "reason", code: "required" }],
    });
  });

  it.each([
    ["501 characters", "a".repeat(501), "tooLong"],
    ["a lone surrogate", "bad \uD800", "invalidCharacters"],
    ["a control character", "bad \u001B", "invalidCharacters"],
  ])("refuses a down-vote reason of %s", (_name, reason, code) => {
    expect(castVote(voter, translation(), null, down(reason), at)).toEqual({
      ok: false,
      code: "invalidInput",
      fieldErrors: [{ path: "reason", code }],
    });
  });

  it("keeps a down-vote's reason trimmed, up to 500 characters", () => {
    const result = castVote(voter, translation(), null, down(`  ${"a".repeat(500)}\n`), at);
    expect(result.ok && result.vote.reason).toBe("a".repeat(500));
  });

  it("drops an up-vote's reason: only a down-vote's is shown", () => {
    const result = castVote(voter, translation(), null, { value: 1, reason: "Nice" }, at);
    expect(result.ok && result.vote.reason).toBeNull();
  });

  it.each<[string, StoredVote | null, { value: 1 | -1; reason?: string | null }, string, (1 | -1 | null) | undefined]>([
    ["a first up-vote", null, up, "cast", null],
    ["a first down-vote", null, down("Wrong date"), "cast", null],
    ["up to down", { value: 1, reason: null }, down("Wrong date"), "changed", 1],
    ["down to up", { value: -1, reason: "Wrong date" }, up, "changed", -1],
    ["a down-vote with a new reason", { value: -1, reason: "Wrong date" }, down("Wrong number"), "changed", -1],
    ["the same up-vote again", { value: 1, reason: null }, up, "unchanged", undefined],
    ["the same down-vote again", { value: -1, reason: "Wrong date" }, down(" Wrong date "), "unchanged", undefined],
  ])("%s: %s", (_name, current, input, change, previousValue) => {
    const result = castVote(voter, translation(), current, input, at);
    if (!result.ok) throw new Error(`refused: ${result.code}`);
    expect(result.change).toBe(change);
    expect(result.vote.value).toBe(input.value);
    expect(result.events).toEqual(
      previousValue === undefined
        ? []
        : [
            {
              kind: "voted",
              translationId: "t1",
              actorId: "voter",
              at,
              value: input.value,
              reason: result.vote.reason,
              previousValue,
            },
          ],
    );
  });
});

describe("withdrawVote", () => {
  it.each(["pending", "approved", "rejected", "superseded"] as const)(
    "withdraws the actor's vote on a %s translation",
    (status) => {
      expect(withdrawVote(voter, translation(status), { value: -1, reason: "Wrong date" }, at)).toEqual({
        ok: true,
        delete: { translationId: "t1", userId: "voter" },
        events: [{ kind: "voteWithdrawn", translationId: "t1", actorId: "voter", at, previousValue: -1 }],
      });
    },
  );

  it.each([
    ["no vote to withdraw", voter, null, "noVote"],
    ["nobody signed in", null, { value: 1, reason: null }, "unauthenticated"],
    ["a disabled contributor", user("voter", "contributor", true), { value: 1, reason: null }, "unauthenticated"],
    ["a reader", user("voter", "reader"), { value: 1, reason: null }, "forbidden"],
  ] as const)("refuses: %s", (_name, actor, current, code) => {
    expect(withdrawVote(actor, translation(), current, at)).toEqual({ ok: false, code });
  });
});
