// Turns a cleaned title and paragraph texts into an ImportedArticle: sentence segments with their own
// language and hash, the article's main language, and the content hash and slug that identify it.
import { createHash } from "node:crypto";
import { detectLanguage } from "../language/detect-language";
import { normalizeLanguageTag } from "../language/language-tags";
import { hashSegment, normalizeSegmentText } from "../segmentation/hash-segment";
import { segmentText } from "../segmentation/segment-text";
import type { ArticleMetadata } from "./boilerplate-rules";
import { slugifyTitle } from "./slugify";
import type { ImportedArticle, ImportedParagraph, ImportedSegment } from "./types";

export type ArticleDraft = {
  title: string;
  paragraphs: string[];
  metadata: ArticleMetadata;
  /** The language the document declares (front matter, <html lang>): context, not a verdict. */
  declaredLanguage?: string;
  /** The caller's override (--lang). */
  language?: string;
};

// Enough text for a reliable document-level guess; trigram statistics do not improve past this.
const sampleLength = 4000;

/**
 * The article for a draft. Each paragraph's language is the context of its segments, the document's is the
 * context of its paragraphs, so a two-word heading takes the language around it.
 * @example buildArticle({ title: "Titre", paragraphs: ["M. Ding est arrivé. Il a parlé."], metadata }).paragraphs[0].segments.length // 2
 */
export function buildArticle(draft: ArticleDraft): ImportedArticle {
  const override = draft.language ? normalizeLanguageTag(draft.language) : undefined;
  const declared = draft.declaredLanguage ? normalizeLanguageTag(draft.declaredLanguage) : undefined;
  const sample = [draft.title, ...draft.paragraphs].join("\n").slice(0, sampleLength);
  const documentLanguage = override ?? detectLanguage(sample, { fallback: declared });
  const paragraphs: ImportedParagraph[] = draft.paragraphs.map((text) => {
    const paragraphLanguage = detectLanguage(text, { fallback: documentLanguage });
    const segments = segmentText(text, paragraphLanguage).map((segment): ImportedSegment => ({
      text: segment,
      language: detectLanguage(segment, { fallback: paragraphLanguage }),
      hash: hashSegment(segment),
    }));
    return { segments };
  });
  const contentHash = hashContent(draft.title, paragraphs);
  return {
    title: draft.title,
    language: override ?? mainLanguage(paragraphs) ?? documentLanguage,
    ...draft.metadata,
    paragraphs,
    contentHash,
    slug: slugifyTitle(draft.title, contentHash),
  };
}

/** The language with the largest share of the article's characters. */
function mainLanguage(paragraphs: ImportedParagraph[]): string | undefined {
  const shares = new Map<string, number>();
  for (const { text, language } of paragraphs.flatMap((paragraph) => paragraph.segments)) {
    shares.set(language, (shares.get(language) ?? 0) + text.length);
  }
  return [...shares].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** sha256 over the title and the normalized segment texts, with paragraph boundaries, so re-imports match. */
function hashContent(title: string, paragraphs: ImportedParagraph[]): string {
  const body = paragraphs.map((paragraph) => paragraph.segments.map((s) => normalizeSegmentText(s.text)).join("\n"));
  return createHash("sha256")
    .update([normalizeSegmentText(title), ...body].join("\n\n"), "utf8")
    .digest("hex");
}
