// The importer on issue 10's hostile article shapes: each parsed in linear time up to its limit, refused past it.
import { describe, expect, it } from "vitest";
import { longLineText, tinyParagraphsText } from "../testing/hostile-inputs";
import { importDocument } from "./import-document";
import { ArticleImportError, importLimits } from "./import-limits";

const timed = (raw: string, fileName = "hostile.txt") => {
  const start = performance.now();
  try {
    return { articles: importDocument(raw, { fileName, language: "en" }), seconds: (performance.now() - start) / 1000 };
  } catch (error) {
    return { error, seconds: (performance.now() - start) / 1000 };
  }
};

describe("importDocument on hostile documents", () => {
  it("segments a line at the length limit, and refuses one character more with its line", { timeout: 30_000 }, () => {
    const under = timed(longLineText(importLimits.lineLength));
    expect(under.articles?.[0].paragraphs).toHaveLength(1);
    expect(under.articles?.[0].paragraphs[0].segments.length).toBeGreaterThan(1000);
    const over = timed(longLineText(importLimits.lineLength + 1));
    expect(over.error).toBeInstanceOf(ArticleImportError);
    expect(over.error).toMatchObject({ code: "lineTooLong", detail: String(importLimits.lineLength), line: 3 });
    expect(over.seconds).toBeLessThan(1);
  });

  it("imports as many paragraphs as the limit allows, and refuses one more", { timeout: 30_000 }, () => {
    // The title is a line too: the limit counts every line with text.
    const under = timed(tinyParagraphsText(importLimits.paragraphs - 1));
    expect(under.articles?.[0].paragraphs).toHaveLength(importLimits.paragraphs - 1);
    const over = timed(tinyParagraphsText(importLimits.paragraphs));
    expect(over.error).toMatchObject({ code: "tooManyParagraphs", detail: String(importLimits.paragraphs) });
    expect(over.seconds).toBeLessThan(1);
  });

  it(
    "grows linearly with the length of a line (it was quadratic: 100,000 characters took 13 s)",
    { timeout: 30_000 },
    () => {
      const small = timed(longLineText(importLimits.lineLength / 10));
      const large = timed(longLineText(importLimits.lineLength));
      // Ten times the text in well under a hundred times the time; the bound leaves room for a busy machine.
      expect(large.seconds).toBeLessThan(Math.max(small.seconds, 0.05) * 40);
    },
  );

  it("reads an HTML page nested 20,000 elements deep without overflowing the stack", () => {
    const html = `<html><body>${"<div>".repeat(20_000)}<p>Deep text.</p>${"</div>".repeat(20_000)}</body></html>`;
    const { articles } = timed(html, "deep.html");
    expect(articles?.[0].paragraphs.map((paragraph) => paragraph.segments[0].text)).toEqual(["Deep text."]);
  });
});
