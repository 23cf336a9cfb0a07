// The public API's article shapes: the route handlers validate with these schemas and the OpenAPI
// document is generated from the same objects. Isomorphic: no Prisma, no Next.
import { z } from "zod";
import { languageTagSchema } from "../../lib/validation/language-tag.ts";
import { storableString } from "../../lib/validation/storable-text.ts";

const idOrSlugSchema = storableString().min(1).max(200).meta({ description: "The article's id or its slug" });

export const listArticlesQuerySchema = z.object({
  language: languageTagSchema.optional().meta({ description: "Only articles in this language (BCP 47 tag, e.g. fr)" }),
});

export const getArticleParamsSchema = z.object({ idOrSlug: idOrSlugSchema });

export const getArticleTranslationsParamsSchema = z.object({
  idOrSlug: idOrSlugSchema,
  lang: languageTagSchema.meta({ description: "Target language of the translations (BCP 47 tag, e.g. en)" }),
});

const count = z.int().nonnegative();

const articleFieldsSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  language: z.string().meta({ description: "BCP 47 tag of the article's main language" }),
  source: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable().meta({ description: "ISO 8601 (UTC), or null when unknown" }),
});

const articleSummarySchema = articleFieldsSchema.extend({
  segmentCount: count,
  translations: z
    .record(z.string(), z.object({ translated: count, approved: count }))
    .meta({ description: "Per target language: segments with a live translation, and with an approved one" }),
});

export const articleListResponseSchema = z.object({ items: z.array(articleSummarySchema) });

export const articleResponseSchema = articleFieldsSchema.extend({
  paragraphs: z.array(
    z.object({
      segments: z.array(
        z.object({
          id: z.string(),
          language: z.string().meta({ description: "BCP 47 tag; a quote may differ from the article's language" }),
          text: z.string(),
        }),
      ),
    }),
  ),
});

export const articleTranslationsResponseSchema = z.object({
  segments: z
    .array(z.object({ segmentId: z.string(), text: z.string(), status: z.enum(["approved", "proposed"]) }))
    .meta({ description: "The shown translation of each translated segment, in reading order" }),
});
