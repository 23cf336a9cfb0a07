// A glossary entry and a news article are different things and each locale keeps them apart: wherever English says
// "entry" (a glossary's), the translation uses the locale's one word for it and never its word for an article
// (Russian had "статья" for both, Kazakh "мақала", Chinese mixed 条目 and 词条).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "./locales";

type Messages = { [key: string]: string | Messages };
const flatten = (messages: Messages, prefix = ""): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
const catalog = (locale: string) =>
  new Map(flatten(JSON.parse(readFileSync(path.join("messages", `${locale}.json`), "utf8")) as Messages));

const wording: Record<string, { entry: RegExp; article: RegExp }> = {
  en: { entry: /\bentr(y|ies)\b/iu, article: /\barticles?\b/iu },
  fr: { entry: /\bfiches?\b/iu, article: /\barticles?\b/iu },
  zh: { entry: /词条/u, article: /文章|(?<!词)条目/u },
  ru: { entry: /запис[ьиея]/iu, article: /стат(ья|ьи|ей|ью|ье|ьёй|ьей|ьям|ьях|ьями)(?!\p{L})/iu },
  kk: { entry: /жазба/iu, article: /мақала/iu },
};

// Where English says "entry" of something else: the audit log's own entries.
const notGlossaryEntries = new Set(["AuditLog.count"]);

const english = catalog("en");
const entryKeys = [...english]
  .filter(([key, text]) => wording.en.entry.test(text) && !notGlossaryEntries.has(key))
  .map(([key]) => key);

describe("glossary entry ≠ article", () => {
  it("finds the messages about glossary entries", () => {
    expect(entryKeys.length).toBeGreaterThan(40);
  });

  it.each(locales)(
    "%s names a glossary entry with its one word for it, and not with its word for an article",
    (locale) => {
      const messages = catalog(locale);
      const { entry, article } = wording[locale];
      const misnamed = entryKeys.filter((key) => {
        const text = messages.get(key) ?? "";
        // A message about entries *in* articles names both; it must still use the entry word.
        const mentionsArticles = wording.en.article.test(english.get(key) ?? "");
        return !entry.test(text) || (!mentionsArticles && article.test(text));
      });
      expect(misnamed).toEqual([]);
    },
  );
});
