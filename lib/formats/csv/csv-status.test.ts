import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { termStatuses } from "../../glossary/types";
import { statusFromCsv } from "./csv-status";

const uiLocales = ["en", "fr", "ru", "kk", "zh"] as const;

function statusWords(locale: string): Record<string, string> {
  const messages = JSON.parse(readFileSync(new URL(`../../../messages/${locale}.json`, import.meta.url), "utf8"));
  return messages.glossaries.status;
}

describe("statusFromCsv", () => {
  // A spreadsheet exported by hand from the interface carries its status words; each must read back as itself.
  it.each(uiLocales)("reads every status word the %s interface shows", (locale) => {
    const words = statusWords(locale);
    for (const status of termStatuses) {
      expect(statusFromCsv(words[status]!)?.value, `${locale} ${words[status]}`).toBe(status);
      expect(statusFromCsv(words[status]!.toUpperCase())?.value).toBe(status);
    }
  });

  it("marks our own codes exact and translated words approximate", () => {
    expect(statusFromCsv(" preferred ")).toEqual({ value: "preferred", exact: true });
    expect(statusFromCsv("Déconseillé")).toEqual({ value: "deprecated", exact: false });
    expect(statusFromCsv("许用")).toEqual({ value: "admitted", exact: false });
  });

  it("refuses a word it does not know", () => {
    expect(statusFromCsv("maybe")).toBeNull();
    expect(statusFromCsv("")).toBeNull();
  });
});
