import { describe, expect, it } from "vitest";
import { confirmsDeletion } from "./delete-confirmation";

describe("confirmsDeletion", () => {
  it.each([
    ["Conférence", "Conférence", true],
    ["Conférence", "  Conférence\n", true],
    ["Conférence", "Confe\u0301rence", true],
    ["中亚术语", "中亚术语", true],
    ["Conférence", "conférence", false],
    ["Conférence", "Conférenc", false],
    ["Conférence", "Conférence 2", false],
    ["", "", false],
    ["   ", " ", false],
  ])("%j typed as %j → %s", (name, typed, expected) => {
    expect(confirmsDeletion(name, typed)).toBe(expected);
  });
});
