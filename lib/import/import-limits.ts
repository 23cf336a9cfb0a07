// What one imported document may hold. The importer is linear, but its constant (language detection and
// segmentation per sentence) is large: a longer line or more paragraphs than this is not an article but a file
// built to keep the server busy, and is refused with a code the caller can word.

export const importLimits = {
  /** Characters in one line of text or one HTML block: about 15,000 words, far beyond any real paragraph. */
  lineLength: 100_000,
  /** Paragraphs in one document: a long report has a few thousand. */
  paragraphs: 20_000,
};

export type ArticleImportErrorCode = "lineTooLong" | "tooManyParagraphs";

/**
 * Thrown when a document crosses one of importLimits; `line` is the 1-based line concerned, when there is one.
 * @example new ArticleImportError("lineTooLong", String(importLimits.lineLength), 3)
 */
export class ArticleImportError extends Error {
  constructor(
    readonly code: ArticleImportErrorCode,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(`${code}${line ? ` at line ${line}` : ""} (limit ${detail})`);
    this.name = "ArticleImportError";
  }
}

/**
 * Refuses lines longer than importLimits.lineLength and more non-blank lines than paragraphs allowed, before any
 * line is cleaned, matched or segmented.
 * @example checkLines(["Title", "", "Text."]) // passes; checkLines(["x".repeat(100_001)]) // throws lineTooLong
 */
export function checkLines(lines: readonly string[]): void {
  let filled = 0;
  for (const [index, line] of lines.entries()) {
    if (line.length > importLimits.lineLength)
      throw new ArticleImportError("lineTooLong", String(importLimits.lineLength), index + 1);
    if (line.trim() && ++filled > importLimits.paragraphs)
      throw new ArticleImportError("tooManyParagraphs", String(importLimits.paragraphs), index + 1);
  }
}
