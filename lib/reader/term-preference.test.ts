import { describe, expect, it } from "vitest";
import {
  appliedGlossaryIds,
  DEFAULT_TERM_MARKS,
  parseTermMarksPreference,
  preferenceFromForm,
  serializeTermMarksPreference,
} from "./term-preference";

describe("parseTermMarksPreference", () => {
  it.each([
    [undefined, DEFAULT_TERM_MARKS],
    ["", DEFAULT_TERM_MARKS],
    ["marks=on", DEFAULT_TERM_MARKS],
    ["marks=off", { isOn: false, hiddenGlossaryIds: [] }],
    ["marks=on&hide=a1,b2", { isOn: true, hiddenGlossaryIds: ["a1", "b2"] }],
    ["marks%3Doff%26hide%3Da1", { isOn: false, hiddenGlossaryIds: ["a1"] }],
    ["marks=maybe&hide=<script>,ok,ok,", { isOn: true, hiddenGlossaryIds: ["ok"] }],
    ["%E0%A4%A", DEFAULT_TERM_MARKS],
  ])("reads %j", (value, expected) => {
    expect(parseTermMarksPreference(value)).toEqual(expected);
  });

  it("round-trips through the cookie encoding and keeps the cookie small", () => {
    const preference = { isOn: false, hiddenGlossaryIds: ["g1", "g2"] };
    expect(parseTermMarksPreference(serializeTermMarksPreference(preference))).toEqual(preference);
    const many = { isOn: true, hiddenGlossaryIds: Array.from({ length: 100 }, (_, k) => `glossary${k}`) };
    expect(parseTermMarksPreference(serializeTermMarksPreference(many)).hiddenGlossaryIds).toHaveLength(40);
  });
});

describe("preferenceFromForm", () => {
  const form = (query: string) => new URLSearchParams(query);

  it("leaves out the glossaries offered but not ticked", () => {
    expect(
      preferenceFromForm(
        form("termsForm=1&terms=on&offered=a&offered=b&offered=c&glossary=a&glossary=c"),
        DEFAULT_TERM_MARKS,
      ),
    ).toEqual({
      isOn: true,
      hiddenGlossaryIds: ["b"],
    });
  });

  it("turns marking off when the switch is not sent, and keeps the glossary choice", () => {
    expect(preferenceFromForm(form("termsForm=1&offered=a&glossary=a"), DEFAULT_TERM_MARKS)).toEqual({
      isOn: false,
      hiddenGlossaryIds: [],
    });
  });

  it("keeps left-out glossaries the form did not offer, and ticking one brings it back", () => {
    const previous = { isOn: true, hiddenGlossaryIds: ["gone", "b"] };
    expect(
      preferenceFromForm(form("termsForm=1&terms=on&offered=a&offered=b&glossary=a&glossary=b"), previous),
    ).toEqual({
      isOn: true,
      hiddenGlossaryIds: ["gone"],
    });
  });

  it("is null for other params", () => {
    expect(preferenceFromForm(form("lang=en&mode=side"), DEFAULT_TERM_MARKS)).toBeNull();
  });
});

describe("appliedGlossaryIds", () => {
  it("applies every glossary by default, the ones not left out otherwise, none when off", () => {
    expect(appliedGlossaryIds(DEFAULT_TERM_MARKS, ["a", "b"])).toEqual(["a", "b"]);
    expect(appliedGlossaryIds({ isOn: true, hiddenGlossaryIds: ["b"] }, ["a", "b", "c"])).toEqual(["a", "c"]);
    expect(appliedGlossaryIds({ isOn: false, hiddenGlossaryIds: [] }, ["a"])).toEqual([]);
  });
});
