// What the library shows of an article: its metadata and per-language translation progress.
// Shared by the data layer that produces it and the components that render it.

export type TranslationProgress = Record<string, { translated: number; approved: number }>;

export type ArticleSummary = {
  id: string;
  slug: string;
  title: string;
  language: string;
  source: string | null;
  author: string | null;
  publishedAt: Date | null;
  segmentCount: number;
  translations: TranslationProgress;
};
