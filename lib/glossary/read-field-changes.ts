// The changes an entry's history row recorded, read back from its JSON column: the FieldChange shapes of
// import-plan.ts, checked one by one, so that a row written by an older or newer version never breaks the page.
import { z } from "zod";
import type { FieldChange } from "./import-plan";

/** Field names a recorded change can name (the schema below names them), one message each. */
export const changeFields = [
  "subjectField",
  "definition",
  "definitionSource",
  "note",
  "language",
  "text",
  "status",
  "partOfSpeech",
  "grammaticalGender",
  "termType",
  "geographicalUsage",
  "usageExample",
  "usageExampleSource",
  "source",
  "statusNote",
] as const;
export type ChangeField = (typeof changeFields)[number];

const text = z.string();
const edit = { before: text.optional(), after: text };

const fieldChangeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("concept"),
    field: z.enum(["subjectField", "definition", "definitionSource", "note"]),
    ...edit,
  }),
  z.object({
    kind: z.literal("language"),
    language: text,
    field: z.enum(["definition", "definitionSource", "note"]),
    ...edit,
  }),
  z.object({ kind: z.literal("link"), target: text }),
  z.object({ kind: z.literal("termAdded"), language: text, text }),
  z.object({ kind: z.literal("termRemoved"), language: text, text }),
  z.object({
    kind: z.literal("term"),
    language: text,
    text,
    field: z.enum([
      "language",
      "text",
      "status",
      "partOfSpeech",
      "grammaticalGender",
      "termType",
      "geographicalUsage",
      "note",
      "usageExample",
      "usageExampleSource",
      "source",
      "statusNote",
    ]),
    ...edit,
  }),
]);

/** A FieldChange as recorded: the same shapes, each field named among those an entry has. */
export type RecordedChange = z.output<typeof fieldChangeSchema> & FieldChange;

/** `skipped`: how many recorded changes had a shape this version does not know. */
export type ReadChanges = { changes: RecordedChange[]; skipped: number };

/**
 * @example readFieldChanges([{ kind: "termAdded", language: "fr", text: "Astana" }, { kind: "renamed" }])
 * // { changes: [{ kind: "termAdded", language: "fr", text: "Astana" }], skipped: 1 }
 */
export function readFieldChanges(value: unknown): ReadChanges {
  if (!Array.isArray(value)) return { changes: [], skipped: 0 };
  const changes: RecordedChange[] = [];
  for (const item of value) {
    const parsed = fieldChangeSchema.safeParse(item);
    if (parsed.success) changes.push(parsed.data);
  }
  return { changes, skipped: value.length - changes.length };
}
