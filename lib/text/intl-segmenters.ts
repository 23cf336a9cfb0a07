// Intl.Segmenter instances by language and granularity, made once each: building one costs far more than using it.
import { LRUCache } from "lru-cache";

// Nothing invalidates a segmenter (its rules are fixed for the process); the bound keeps files with many distinct
// language tags from growing the table.
const segmenters = new LRUCache<string, Intl.Segmenter>({ max: 64 });

/**
 * The segmenter for a BCP 47 tag; an invalid tag gets the root locale's rules (the UAX #29 defaults).
 * @example segmenterFor("fr", "sentence").segment("Bonjour. Salut.")
 */
export function segmenterFor(language: string, granularity: "sentence" | "word" | "grapheme"): Intl.Segmenter {
  const key = `${granularity} ${language}`;
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}
