import { describe, expect, it } from "vitest";
import { removesActiveAdmin } from "./last-admin";

describe("removesActiveAdmin", () => {
  it.each([
    [{ role: "admin", disabled: false }, { role: "editor" }, true],
    [{ role: "admin", disabled: false }, { disabled: true }, true],
    [{ role: "admin", disabled: false }, { role: "admin" }, false],
    [{ role: "admin", disabled: false }, { disabled: false }, false],
    [{ role: "admin", disabled: true }, { role: "reader" }, false],
    [{ role: "editor", disabled: false }, { disabled: true }, false],
    [{ role: "reader", disabled: false }, { role: "admin" }, false],
  ] as const)("%j changed by %j → %s", (before, change, expected) => {
    expect(removesActiveAdmin(before, change)).toBe(expected);
  });
});
