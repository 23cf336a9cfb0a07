import { describe, expect, it } from "vitest";
import { checkLockout, lockoutKey, lockoutPolicy, registerFailure, staleBefore, type LockoutState } from "./lockout";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 10, 0) + minutes * 60_000);

function failTimes(minutes: number[]): LockoutState | null {
  return minutes.reduce<LockoutState | null>((state, m) => registerFailure(state, at(m)), null);
}

describe("registerFailure", () => {
  it.each([
    { name: "first failure starts a window", times: [0], failures: 1, lockedUntil: null },
    { name: "four failures do not lock", times: [0, 1, 2, 3], failures: 4, lockedUntil: null },
    {
      name: "the fifth failure within 15 minutes locks for 15 minutes",
      times: [0, 1, 2, 3, 14],
      failures: 5,
      lockedUntil: at(29),
    },
    { name: "a failure after the window starts over", times: [0, 1, 2, 3, 15], failures: 1, lockedUntil: null },
    {
      name: "a failure after the lock ran out starts over",
      times: [0, 1, 2, 3, 4, 19],
      failures: 1,
      lockedUntil: null,
    },
  ])("$name", ({ times, failures, lockedUntil }) => {
    const state = failTimes(times);
    expect(state?.failures).toBe(failures);
    expect(state?.lockedUntil).toEqual(lockedUntil);
  });

  it("takes the policy as a parameter", () => {
    const policy = { maxFailures: 2, windowMs: 60_000, lockMs: 120_000 };
    const state = registerFailure(registerFailure(null, at(0), policy), at(0.5), policy);
    expect(state.lockedUntil).toEqual(new Date(at(0.5).getTime() + 120_000));
  });
});

describe("checkLockout", () => {
  it.each([
    { name: "no record", state: null, now: at(0), expected: { isLocked: false } },
    { name: "failures but no lock", state: failTimes([0, 1]), now: at(2), expected: { isLocked: false } },
    {
      name: "locked, ten minutes left",
      state: failTimes([0, 1, 2, 3, 4]),
      now: at(9),
      expected: { isLocked: true, retryAfterSeconds: 600 },
    },
    {
      name: "locked, seconds rounded up",
      state: failTimes([0, 1, 2, 3, 4]),
      now: new Date(at(19).getTime() - 1),
      expected: { isLocked: true, retryAfterSeconds: 1 },
    },
    { name: "lock over at its end", state: failTimes([0, 1, 2, 3, 4]), now: at(19), expected: { isLocked: false } },
  ])("$name", ({ state, now, expected }) => {
    expect(checkLockout(state, now)).toEqual(expected);
  });
});

describe("helpers", () => {
  it("keys by the trimmed, lower-cased address", () => {
    expect(lockoutKey("  Ada@Example.ORG ")).toBe("ada@example.org");
  });

  it("calls rows stale after the longer of window and lock", () => {
    expect(staleBefore(at(60))).toEqual(at(60 - lockoutPolicy.lockMs / 60_000));
  });
});
