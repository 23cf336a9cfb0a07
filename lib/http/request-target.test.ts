import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { targetProblem } from "./request-target";

describe("targetProblem", () => {
  it.each([
    ["/api/v1/articles/%00%ff", "malformedEncoding"],
    ["/%ff", "malformedEncoding"],
    ["/api/auth/%ff", "malformedEncoding"],
    ["/_next/static/%ff", "malformedEncoding"],
    ["/en/articles/%e4%b8", "malformedEncoding"],
    ["/en/articles/%zz", "malformedEncoding"],
    ["/en/articles/50%", "malformedEncoding"],
    ["/en/%00", "controlCharacter"],
    ["/en/%0a", "controlCharacter"],
    ["/en/%7F", "controlCharacter"],
    ["/en/%C2%85", "controlCharacter"],
    ["/en/a\u0001b", "controlCharacter"],
    ["/en?q=%00", "controlCharacter"],
    ["*", "notOriginForm"],
    ["http://example.org/en", "notOriginForm"],
  ])("refuses %s (%s)", (target, problem) => {
    expect(targetProblem(target)).toBe(problem);
  });

  // Double encoding: what the framework decodes a second time must still be valid, printable UTF-8.
  it.each([
    ["/en/articles/%25ff", "malformedEncoding"],
    ["/en/articles/%2500", "controlCharacter"],
    ["/en/articles/%250A", "controlCharacter"],
    ["/en/articles/50%25-off", "malformedEncoding"],
    ["/en/articles/%2525ff", undefined],
    ["/en/articles/%25e4%25b8%25ad", undefined],
    ["/api/v1/articles/%252e%252e%252f", undefined],
  ])("double-encoded %s → %s", (target, problem) => {
    expect(targetProblem(target)).toBe(problem);
  });

  it.each([
    "/",
    "/en",
    "/fr/articles/renforcer-la-coop%C3%A9ration?lang=en&mode=side",
    "/zh/articles/%E4%B8%AD%E6%96%87",
    "/api/v1/articles?q=%E2%80%9Cquoted%E2%80%9D&cursor=abc",
    "/en/articles/x?q=50%",
    "/en/articles/a%2Fb",
    "/_next/static/chunks/app-123.js",
  ])("lets %s through", (target) => {
    expect(targetProblem(target)).toBeUndefined();
  });

  it("lets every encoded printable path through", () => {
    const printable = fc.string({ unit: "grapheme", minLength: 1 }).filter((text) => !/[\p{Cc}%]/u.test(text));
    fc.assert(
      fc.property(printable, (segment) => targetProblem(`/en/articles/${encodeURIComponent(segment)}`) === undefined),
    );
  });

  it("never throws, whatever the target", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (target) => typeof (targetProblem(target) ?? "") === "string"),
    );
  });
});
