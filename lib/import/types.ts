// What the importer produces: a clean article, ready to store, independent of any database.
// Dates are ISO 8601 strings; no time zone is invented where the source gives none.

export type ImportedSegment = { text: string; language: string; hash: string };

export type ImportedParagraph = { segments: ImportedSegment[] };

export type ImportedArticle = {
  title: string;
  /** BCP 47 tag of the main language. */
  language: string;
  source: string | null;
  author: string | null;
  /** "2025-05-30" for a date, "2025-06-22T22:09:00" when the source gives a time. */
  publishedAt: string | null;
  paragraphs: ImportedParagraph[];
  /** sha256 over the title and normalized segment texts: the same input gives the same hash. */
  contentHash: string;
  slug: string;
};
