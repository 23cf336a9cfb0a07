// The one language-tag schema of the app: URLs, forms and the API accept the same tags, stored canonical.
// Pure zod, so forms, route handlers and the data layer share it.
import { z } from "zod";

const LANGUAGE_TAG_MESSAGE = "Expected a BCP 47 language tag such as fr or zh-Hans";

/**
 * A language tag from a URL, canonicalized ("ZH-hans" → "zh-Hans") so it compares equal to the
 * tags stored on articles and translations. The regex is only a cheap first gate (and the
 * documented pattern); Intl decides, because "en-12" passes the regex but is no tag.
 */
export const languageTagSchema = z
  .string()
  .max(35)
  .regex(/^[A-Z]{2,3}(?:-[A-Z0-9]{1,8})*$/i, LANGUAGE_TAG_MESSAGE)
  .transform((tag, ctx) => {
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      ctx.addIssue({ code: "custom", message: LANGUAGE_TAG_MESSAGE, input: tag });
      return z.NEVER;
    }
  })
  .meta({ description: "BCP 47 language tag, e.g. fr, en, zh-Hans", examples: ["fr"] });

/**
 * An object keyed by language tag (a concept's per-language definitions and notes): each key must be a tag
 * languageTagSchema accepts, and is stored canonical. Two keys that name the same language ("zh-hans" and
 * "zh-Hans") are refused rather than one silently overwriting the other; the number of keys is bounded.
 */
export function languageKeyedRecord<Value extends z.ZodType>(value: Value, { maxKeys }: { maxKeys: number }) {
  return z
    .record(z.string().max(35), value)
    .check((ctx) => {
      if (Object.keys(ctx.value).length > maxKeys)
        ctx.issues.push({ code: "custom", message: "tooLong", input: ctx.value });
    })
    .transform((record, ctx) => {
      const canonical: Record<string, z.output<Value>> = {};
      for (const [key, entry] of Object.entries(record)) {
        const tag = languageTagSchema.safeParse(key);
        if (!tag.success || tag.data in canonical) {
          ctx.addIssue({ code: "custom", message: "invalid", input: key, path: [key] });
          continue;
        }
        canonical[tag.data] = entry;
      }
      return canonical;
    });
}
