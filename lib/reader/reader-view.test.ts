import { describe, expect, it } from "vitest";
import {
  NO_TRANSLATION,
  parseReaderView,
  parseReaderViewCookie,
  resolveTranslationLanguage,
  serializeReaderView,
} from "./reader-view";

describe("parseReaderView", () => {
  it.each([
    [
      { lang: "en", mode: "side" },
      { lang: "en", mode: "side" },
    ],
    [
      { lang: "zh-Hans", mode: "interlinear" },
      { lang: "zh-Hans", mode: "interlinear" },
    ],
    [{ lang: "none" }, { lang: "none" }],
    [{ lang: "<script>", mode: "sideways" }, {}],
    [{ lang: ["fr", "en"] }, { lang: "fr" }],
    [{}, {}],
  ])("reads %j as %j", (input, expected) => {
    expect(parseReaderView(input)).toEqual(expected);
  });

  it("reads URL search params and round-trips through the cookie encoding", () => {
    const view = parseReaderView(new URLSearchParams("lang=ru&mode=translation"));
    expect(view).toEqual({ lang: "ru", mode: "translation" });
    expect(parseReaderView(new URLSearchParams(serializeReaderView(view)))).toEqual(view);
  });
});

describe("resolveTranslationLanguage", () => {
  it.each([
    ["en", ["en", "zh"], "fr", "en"],
    ["de", ["en", "zh"], "fr", "en"],
    [undefined, ["zh"], "fr", "zh"],
    ["none", ["en"], "fr", "none"],
    [undefined, [], "fr", "none"],
    [undefined, ["fr"], "fr", "none"],
  ])("requested %s of %j for a %s article → %s", (requested, available, articleLanguage, expected) => {
    expect(resolveTranslationLanguage(requested, available, articleLanguage)).toBe(expected);
  });
});

describe("resolveTranslationLanguage with a preferred reading language", () => {
  it.each([
    [undefined, ["en", "zh"], "fr", "zh", "zh"],
    [undefined, ["en", "zh"], "fr", "ru", "en"],
    ["en", ["en", "zh"], "fr", "zh", "en"],
    ["de", ["en", "zh"], "fr", "zh", "zh"],
    ["none", ["en", "zh"], "fr", "zh", "none"],
    [undefined, ["fr", "en"], "fr", "fr", "en"],
    [undefined, ["en"], "fr", null, "en"],
  ])(
    "requested %s of %j for a %s article, preferring %s → %s",
    (requested, available, articleLanguage, preferred, expected) => {
      expect(resolveTranslationLanguage(requested, available, articleLanguage, preferred)).toBe(expected);
    },
  );
});

describe("parseReaderViewCookie", () => {
  it.each([
    ["lang=en&mode=side", { lang: "en", mode: "side" }],
    ["lang%3Den%26mode%3Dside", { lang: "en", mode: "side" }],
    ["lang%3Dzh-Hans", { lang: "zh-Hans" }],
    // Malformed or hand-made values are treated as no cookie, never thrown.
    ["%ff", {}],
    ["%25ff", {}],
    ["lang%3Den%ff", {}],
    ["%", {}],
    ["%%%", {}],
    ["", {}],
    [undefined, {}],
    ["garbage", {}],
    ["lang=<script>&mode=sideways", {}],
    ["\u0000\uffff;=&=", {}],
  ])("%j → %j", (cookie, view) => {
    expect(parseReaderViewCookie(cookie)).toEqual(view);
  });
});

describe("no translation goes with the original layout", () => {
  it("serializes a view without translation with the original mode, whatever mode was asked", () => {
    expect(serializeReaderView({ lang: NO_TRANSLATION, mode: "side" })).toBe("lang=none&mode=original");
    expect(serializeReaderView({ lang: "en", mode: "side" })).toBe("lang=en&mode=side");
  });

  it("reads a cookie remembered before that rule as the view it stands for (one redirect, not two)", () => {
    expect(parseReaderViewCookie("lang%3Dnone%26mode%3Dside")).toEqual({ lang: NO_TRANSLATION, mode: "original" });
  });
});
