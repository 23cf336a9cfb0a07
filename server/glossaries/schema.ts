// Glossary inputs: what the editor's forms, the import page and the search box send. Isomorphic (no Prisma, no
// Next), shared by the actions, the pages and the route handlers; the field sets follow lib/glossary/types.ts.
import { z } from "zod";
import { csvFields } from "../../lib/formats/csv/csv-mapping.ts";
import { partsOfSpeech, termStatuses } from "../../lib/glossary/types.ts";
import { languageKeyedRecord, languageTagSchema } from "../../lib/validation/language-tag.ts";
import { storableString } from "../../lib/validation/storable-text.ts";

const text = (max: number) => storableString().trim().max(max);
/** A row id as forms and clients send it; cuid-shaped, but only its size is checked here. */
const idSchema = storableString().min(1).max(200);
const optionalText = (max: number) => text(max).min(1).optional();

const termStatusSchema = z.enum(termStatuses as [string, ...string[]]).pipe(z.custom<(typeof termStatuses)[number]>());
const partOfSpeechSchema = z
  .enum(partsOfSpeech as [string, ...string[]])
  .pipe(z.custom<(typeof partsOfSpeech)[number]>());

export const createGlossarySchema = z.object({
  name: text(200).min(1),
  description: optionalText(2000),
  languages: z.array(languageTagSchema).max(50).default([]),
  subjectFields: z.array(text(200).min(1)).max(200).default([]),
});

/** Forms send "true"/"false"; JSON callers send booleans. */
const flag = z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean());

export const setGlossaryPublishedSchema = z.object({ glossaryId: idSchema, isPublished: flag });

/** `confirmName`: the glossary's name as the editor typed it (lib/glossary/delete-confirmation.ts). */
export const deleteGlossarySchema = z.object({ glossaryId: idSchema, confirmName: storableString().max(400) });

export const termFieldsSchema = z.object({
  /** Present when editing a stored term; absent for a new one. */
  id: idSchema.optional(),
  language: languageTagSchema,
  text: text(500).min(1),
  status: termStatusSchema,
  partOfSpeech: partOfSpeechSchema.optional(),
  note: optionalText(4000),
  usageExample: optionalText(4000),
  statusNote: z.object({ text: text(1000).min(1), date: z.iso.date().optional() }).optional(),
});

const conceptFields = {
  subjectField: optionalText(200),
  definition: optionalText(8000),
  note: optionalText(8000),
  perLanguage: languageKeyedRecord(z.object({ definition: optionalText(8000), note: optionalText(8000) }), {
    maxKeys: 200,
  }).optional(),
  terms: z.array(termFieldsSchema).min(1).max(500),
};

export const createConceptSchema = z.object({ glossaryId: idSchema, ...conceptFields });

/** The whole concept as the editor saw it, with the version it was loaded at; terms left out are deleted. */
export const updateConceptSchema = z.object({
  conceptId: idSchema,
  version: z.int().min(1),
  ...conceptFields,
});

const conceptSorts = ["updated", "created", "subjectField"] as const;

export const searchConceptsSchema = z.object({
  glossaryId: idSchema,
  text: text(200).optional(),
  language: languageTagSchema.optional(),
  status: termStatusSchema.optional(),
  subjectField: text(200).optional(),
  sort: z.enum(conceptSorts).default("updated"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const deleteConceptSchema = z.object({ conceptId: idSchema, version: z.coerce.number().int().min(1) });

export const proposeTermSchema = z.object({
  glossaryId: idSchema,
  /** Absent: a new entry; present: a translation of this entry's term. */
  conceptId: idSchema.optional(),
  language: languageTagSchema,
  text: text(500).min(1),
  partOfSpeech: partOfSpeechSchema.optional(),
  note: optionalText(4000),
  definition: optionalText(8000),
});

/** A term candidate as the list showed it: its language, folded words (TermCandidate.key) and spelling. */
export const dismissTermCandidateSchema = z.object({
  language: languageTagSchema,
  key: text(500).min(1),
  text: text(500).min(1),
});

export const restoreTermCandidateSchema = z.object({ dismissalId: idSchema });

export const reviewProposalSchema = z.discriminatedUnion("decision", [
  z.object({ proposalId: idSchema, decision: z.literal("decline"), reviewNote: optionalText(2000) }),
  z.object({
    proposalId: idSchema,
    decision: z.literal("accept"),
    text: text(500).min(1),
    status: termStatusSchema,
    reviewNote: optionalText(2000),
  }),
]);

const csvMappingSchema = z.object({
  layout: z.enum(["termPerRow", "columnPerLanguage"]),
  columns: z.array(
    z.object({
      field: z.enum(csvFields),
      language: languageTagSchema.optional(),
    }),
  ),
  delimiter: storableString().length(1).optional(),
});

/** Files above this are refused before reading (the same limit the TBX reader has). */
export const MAX_GLOSSARY_FILE_BYTES = 50 * 1024 * 1024;

/** The CSV mapping travels as JSON text in a query parameter, next to the raw file in the body. */
const csvMappingQuery = storableString()
  .max(20_000)
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }
  })
  .pipe(csvMappingSchema.optional())
  .meta({
    description: 'CSV only, required there: the column mapping as JSON, e.g. {"layout":"termPerRow","columns":[…]}',
  });

const importFileQuery = {
  format: z.enum(["tbx", "csv"]).meta({ description: "The file's format: TBX (TBX-Basic or close) or UTF-8 CSV" }),
  mapping: csvMappingQuery,
  filename: storableString().max(200).optional().meta({ description: "The file's name, kept in the audit log" }),
};

const needsMappingForCsv = <T extends { format: "tbx" | "csv"; mapping?: unknown }>(query: T) =>
  query.format === "tbx" || query.mapping !== undefined;
const mappingRequired = { message: "A CSV import needs a column mapping", path: ["mapping"] };

/** POST …/imports/preview: the upload's format and, for CSV, its mapping. The body is the file itself. */
export const previewImportQuerySchema = z.object(importFileQuery).refine(needsMappingForCsv, mappingRequired);

/** POST …/imports: the same file again, applied at the version the preview showed. */
export const applyImportQuerySchema = z
  .object({
    ...importFileQuery,
    expectedVersion: z.coerce
      .number()
      .int()
      .min(1)
      .meta({ description: "The glossary version the preview was made at; another one is a 409" }),
    skipRejected: z
      .stringbool()
      .default(false)
      .meta({ description: "Import the valid entries and skip the rejected ones (seen in the preview)" }),
  })
  .refine(needsMappingForCsv, mappingRequired);

// The public API's glossary routes (server/api/openapi.ts describes them from these objects).

export const glossaryParamsSchema = z.object({
  idOrSlug: storableString().min(1).max(200).meta({ description: "The glossary's id or its slug" }),
});

export const exportGlossaryQuerySchema = z
  .object({
    format: z
      .enum(["tbx", "csv"])
      .default("tbx")
      .meta({ description: "tbx: TBX-Basic (TBX v3, DCA style); csv: UTF-8 CSV with a header row" }),
    layout: z.enum(["termPerRow", "columnPerLanguage"]).optional().meta({
      description: "CSV only: one row per term (the default; keeps statuses and notes) or one column per language",
    }),
  })
  .refine((query) => query.format === "csv" || query.layout === undefined, {
    message: "layout applies to format=csv only",
    path: ["layout"],
  });

const count = z.int().nonnegative();

export const glossaryListResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      languages: z.array(z.string()).meta({ description: "BCP 47 tags of the glossary's languages" }),
      subjectFields: z.array(z.string()),
      isDemo: z.boolean().meta({ description: "Shipped as demo content" }),
      isDraft: z.boolean().meta({
        description: "Not published yet: listed only for editors and admins (a draft is a 404 for anyone else)",
      }),
      conceptCount: count,
      termCount: count,
      updatedAt: z.iso.datetime(),
    }),
  ),
});

export const glossaryFileResponseSchema = z
  .string()
  .meta({ description: "The file, as an attachment named after the glossary's slug" });

const importIssueSchema = z.looseObject({ code: z.string(), line: z.number().optional() });

export const importPreviewResponseSchema = z.object({
  version: z.number().int(),
  refused: z.boolean().meta({ description: "The file was refused whole: nothing can be imported" }),
  errors: z.array(importIssueSchema),
  warnings: z.array(importIssueSchema),
  counts: z.object({ add: z.number(), change: z.number(), unchanged: z.number(), reject: z.number() }),
  add: z.array(z.looseObject({ line: z.number().optional(), label: z.string(), languages: z.array(z.string()) })),
  change: z.array(
    z.looseObject({ line: z.number().optional(), label: z.string(), changes: z.array(z.looseObject({})) }),
  ),
  reject: z.array(
    z.looseObject({ line: z.number().optional(), label: z.string(), reasons: z.array(z.looseObject({})) }),
  ),
});

export const importSummaryResponseSchema = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
});
