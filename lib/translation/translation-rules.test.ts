import { describe, expect, it } from "vitest";
import type { Role } from "../auth/permissions";
import type { QualityIssue } from "../quality/types";
import {
  checkActor,
  checkField,
  checkQualityGate,
  isReviewer,
  refusalCodes,
  refusalErrorCodes,
} from "./translation-rules";

const viewer = (role: Role, isDisabled = false) => ({ id: `${role}-1`, role, isDisabled });

describe("checkActor", () => {
  it.each([
    ["reader", "contributor", "forbidden"],
    ["contributor", "contributor", null],
    ["editor", "contributor", null],
    ["admin", "contributor", null],
    ["reader", "editor", "forbidden"],
    ["contributor", "editor", "forbidden"],
    ["editor", "editor", null],
    ["admin", "editor", null],
  ] as const)("a %s needing %s: %s", (role, minimumRole, refusal) => {
    const checked = checkActor(viewer(role), minimumRole);
    expect(checked).toEqual(refusal ? { ok: false, code: refusal } : { ok: true, actor: viewer(role) });
  });

  it.each(["reader", "contributor", "editor", "admin"] as const)("a disabled %s is unauthenticated", (role) => {
    expect(checkActor(viewer(role, true), "contributor")).toEqual({ ok: false, code: "unauthenticated" });
  });

  it("nobody signed in is unauthenticated", () => {
    expect(checkActor(null, "contributor")).toEqual({ ok: false, code: "unauthenticated" });
  });
});

describe("isReviewer", () => {
  it.each([
    [viewer("reader"), false],
    [viewer("contributor"), false],
    [viewer("editor"), true],
    [viewer("admin"), true],
    [viewer("admin", true), false],
    [null, false],
  ])("%j → %s", (actor, expected) => {
    expect(isReviewer(actor)).toBe(expected);
  });
});

describe("checkField", () => {
  it("names the field in the refusal", () => {
    expect(checkField("reason", " \n ", 500)).toEqual({
      ok: false,
      code: "invalidInput",
      fieldErrors: [{ path: "reason", code: "required" }],
    });
  });

  it("returns the trimmed text", () => {
    expect(checkField("reason", " Wrong date ", 500)).toEqual({ ok: true, text: "Wrong date" });
  });
});

const issue = (severity: "error" | "warning", code: QualityIssue["code"] = "untranslated"): QualityIssue => ({
  code,
  severity,
  spans: [{ side: "target", start: 0, end: 3 }],
});

describe("checkQualityGate", () => {
  it.each([
    ["no issues", [], false, null],
    [
      "warnings only, unacknowledged",
      [issue("warning", "numbers.missing"), issue("warning", "spaces.double")],
      false,
      null,
    ],
    ["an error, acknowledged", [issue("error")], true, null],
    ["an error and a warning, acknowledged", [issue("warning", "length.ratio"), issue("error")], true, null],
  ])("lets through %s", (_name, issues, acknowledgedErrors, expected) => {
    expect(checkQualityGate({ issues, acknowledgedErrors })).toBe(expected);
  });

  it("blocks an unacknowledged error and returns only the errors", () => {
    const error = issue("error");
    expect(
      checkQualityGate({ issues: [issue("warning", "punctuation.end"), error], acknowledgedErrors: false }),
    ).toEqual({ ok: false, code: "unacknowledgedErrors", issues: [error] });
  });
});

describe("refusalErrorCodes", () => {
  it("answers stale views with CONFLICT, which the DB-level concurrency tests expect", () => {
    expect([refusalErrorCodes.notPending, refusalErrorCodes.versionChanged, refusalErrorCodes.approvedChanged]).toEqual(
      ["CONFLICT", "CONFLICT", "CONFLICT"],
    );
  });

  it("answers a missing or disabled account as decide() does, and role or ownership refusals with FORBIDDEN", () => {
    expect(refusalErrorCodes.unauthenticated).toBe("UNAUTHENTICATED");
    expect([refusalErrorCodes.forbidden, refusalErrorCodes.notAuthor, refusalErrorCodes.ownTranslation]).toEqual([
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
    ]);
  });

  it("lists every code once", () => {
    expect(new Set(refusalCodes).size).toBe(refusalCodes.length);
    expect(refusalCodes).toContain("unacknowledgedErrors");
  });
});
