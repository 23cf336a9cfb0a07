import { describe, expect, it } from "vitest";
import { pageWindow, parsePageNumber } from "./page-window";

describe("pageWindow", () => {
  it.each([
    [
      { page: 1, pageSize: 20, total: 0 },
      { page: 1, pageCount: 1, skip: 0, take: 20 },
    ],
    [
      { page: 3, pageSize: 20, total: 45 },
      { page: 3, pageCount: 3, skip: 40, take: 20 },
    ],
    [
      { page: 9, pageSize: 20, total: 45 },
      { page: 3, pageCount: 3, skip: 40, take: 20 },
    ],
    [
      { page: 0, pageSize: 20, total: 45 },
      { page: 1, pageCount: 3, skip: 0, take: 20 },
    ],
    [
      { page: 1.5, pageSize: 20, total: 45 },
      { page: 1, pageCount: 3, skip: 0, take: 20 },
    ],
    [
      { page: 2, pageSize: 20, total: 40 },
      { page: 2, pageCount: 2, skip: 20, take: 20 },
    ],
  ])("%j → %j", (input, expected) => {
    expect(pageWindow(input)).toEqual(expected);
  });
});

describe("parsePageNumber", () => {
  it.each([
    ["2", 2],
    [["4", "5"], 4],
    ["-1", 1],
    ["1e3", 1],
    [undefined, 1],
    ["9999999", 1],
  ])("%j → %d", (value, expected) => {
    expect(parsePageNumber(value)).toBe(expected);
  });
});
