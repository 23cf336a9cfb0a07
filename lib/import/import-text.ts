// The importer's pipeline for text: front matter, boilerplate table, items, title, paragraphs, then
// segments. HTML arrives here too, as the lines of its blocks (see import-html.ts).
import type { ArticleMetadata } from "./boilerplate-rules";
import { matchRule } from "./boilerplate-rules";
import { buildArticle } from "./build-article";
import { MetadataCollector, cleanLines } from "./extract-metadata";
import { ArticleImportError, checkLines, importLimits } from "./import-limits";
import { declaredLanguage, parseFrontMatter } from "./front-matter";
import { toParagraphs } from "./paragraphs";
import { findDate } from "./parse-date";
import { type Line, splitItems } from "./split-items";
import type { ImportedArticle } from "./types";

export type ImportOptions = {
  /** Only used to recognize HTML by extension and to name an article that has no title at all. */
  fileName?: string;
  /** BCP 47 tag that overrides the detected article language (--lang). */
  language?: string;
};

/** A document reduced to lines ("" between blocks), with what its markup or front matter declares. */
export type SourceDocument = {
  lines: string[];
  title?: string;
  declaredLanguage?: string;
  declared?: Partial<ArticleMetadata>;
};

/**
 * Imports raw pasted or scraped text: one article per item, boilerplate removed, metadata read. Throws
 * ArticleImportError for a line or a paragraph count beyond importLimits.
 * @example importText("Titre\n\nXinhua | 28.11.2023 08h34\n\nM. Ding est arrivé. Il a parlé.")[0].publishedAt // "2023-11-28T08:34:00"
 */
export function importText(raw: string, options: ImportOptions = {}): ImportedArticle[] {
  const { fields, body } = parseFrontMatter(raw.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n"));
  const publishedAt = findDate(fields.date ?? fields.published ?? fields.publishedat ?? "");
  return importSource(
    {
      lines: body.split("\n"),
      title: fields.title,
      declaredLanguage: declaredLanguage(fields),
      declared: { source: fields.source ?? null, author: fields.author ?? null, publishedAt },
    },
    options,
  );
}

/**
 * The shared pipeline behind importText and importHtml.
 * @example importSource({ lines: ["Titre", "", "Texte ici."], declaredLanguage: "fr" })[0].title // "Titre"
 */
export function importSource(document: SourceDocument, options: ImportOptions = {}): ImportedArticle[] {
  checkLines(document.lines);
  const lines: Line[] = document.lines.map(cleanLine).map((text) => ({ text, hit: text ? matchRule(text) : null }));
  const items = splitItems(lines);
  return items.flatMap((item) => {
    const collector = new MetadataCollector();
    // What the file itself declares is the most trusted, but it describes the whole file, not one of its items.
    if (items.length === 1 && document.declared) collector.add(document.declared, 4);
    const body = cleanLines(item.lines, collector);
    const known = item.title?.text ?? (items.length === 1 ? document.title : undefined);
    const { title, rest } = takeTitle(known, body, options.fileName);
    const paragraphs = toParagraphs(rest);
    // Inline lists split one line into several paragraphs, so the count is checked again.
    if (paragraphs.length > importLimits.paragraphs)
      throw new ArticleImportError("tooManyParagraphs", String(importLimits.paragraphs));
    if (!paragraphs.length && !known) return [];
    return [
      buildArticle({
        title,
        paragraphs,
        metadata: collector.result(),
        declaredLanguage: document.declaredLanguage,
        language: options.language,
      }),
    ];
  });
}

/** One line as the rules see it: no-break and zero-width spaces normalized, whitespace runs collapsed, NFC. */
function cleanLine(line: string): string {
  return line
    .normalize("NFC")
    .replace(/[\u200B\u200C\u2060\uFEFF]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

const sameText = (a: string, b: string) => comparable(a) === comparable(b);
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, " ")
    .trim();

/**
 * The title and the body without it. A known title (markup, front matter, item headline) wins; otherwise the
 * first line when it reads as a title. Scraped pages repeat their title, so every copy of it leaves the body.
 */
function takeTitle(known: string | undefined, body: string[], fileName?: string): { title: string; rest: string[] } {
  const first = body.find(Boolean);
  const title = known?.trim() || (first && isTitleLike(first) ? first : undefined);
  if (title) return { title, rest: body.filter((line) => !line || !sameText(line, title)) };
  // No title line: name the article after its opening words, and keep them in the body.
  const opening = first?.split(/(?<=[.!?。！？])\s*/u)[0] ?? fileName?.replace(/\.[^.]+$/u, "") ?? "Untitled";
  return { title: opening.length > 100 ? `${opening.slice(0, 99).trimEnd()}…` : opening, rest: body };
}

// A headline may ask or exclaim, but does not end like a sentence or a clause.
function isTitleLike(line: string): boolean {
  return line.length <= 200 && !/[.,;:。，；：]$/u.test(line);
}
