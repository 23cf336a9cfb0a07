import { describe, expect, it } from "vitest";
import { neutraliseFormulaCell, restoreFormulaCell } from "./formula-cells";

describe("neutraliseFormulaCell and restoreFormulaCell", () => {
  it.each([
    // [original, as written]
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-ish", "'-ish"],
    ["@home", "'@home"],
    ["\tindented", "'\tindented"],
    ["\rreturn", "'\rreturn"],
    ["=", "'="],
    // Apostrophes before a formula character: one more, so that the reader's rule stays unambiguous.
    ["'=x", "''=x"],
    ["''-y", "'''-y"],
    // Left alone: no formula character at the start.
    ["Astana", "Astana"],
    ["", ""],
    ["'", "'"],
    ["''", "''"],
    ["'quoted'", "'quoted'"],
    ["' =x", "' =x"],
    ["a=b", "a=b"],
    [" =x", " =x"],
    ["Nur-Sultan", "Nur-Sultan"],
  ])("%j is written as %j and read back", (original, written) => {
    expect(neutraliseFormulaCell(original)).toBe(written);
    expect(restoreFormulaCell(written)).toBe(original);
  });

  it.each([
    ["'=SUM(A1)", "=SUM(A1)"],
    ["'-ish", "-ish"],
    ["''=x", "'=x"],
    ["'quoted'", "'quoted'"],
    ["'", "'"],
    ["=SUM(A1)", "=SUM(A1)"],
  ])("reads %j (from any file) as %j", (cell, value) => {
    expect(restoreFormulaCell(cell)).toBe(value);
  });

  it("never writes a cell that a spreadsheet would run as a formula", () => {
    for (const value of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "'=1", "'''@x"])
      expect(neutraliseFormulaCell(value)).toMatch(/^'/u);
  });
});
