import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it.each([
    ["/account/password", "/account/password"],
    ["/articles/some-slug?lang=fr", "/articles/some-slug?lang=fr"],
    ["/", "/"],
    [undefined, "/"],
    [["/a", "/b"], "/"],
    ["", "/"],
    ["account", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/ok\\..", "/"],
    ["/line\nbreak", "/"],
    [`/${"a".repeat(600)}`, "/"],
  ])("%j → %s", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });
});
