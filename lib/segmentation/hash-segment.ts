// A segment's identity: the sha256 of its text after Unicode NFC and whitespace normalization, so that
// translations and annotations stay attached when an article is re-imported or re-spaced.
import { createHash } from "node:crypto";

/**
 * The text as it is compared and hashed: NFC, whitespace runs (including no-break spaces) as one space, trimmed.
 * @example normalizeSegmentText("  Le\u00a0Kazakhstan\n attache ") // "Le Kazakhstan attache"
 */
export function normalizeSegmentText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * Stable lowercase hex sha256 of the normalized text: equal for "e\u0301" and "é", or for "a  b" and "a b".
 * @example hashSegment("Hello World.") // "f4bb1975bf1f81f76ce824f7536c1e101a8060a632a52289d530a6f600d52c92"
 */
export function hashSegment(text: string): string {
  return createHash("sha256").update(normalizeSegmentText(text), "utf8").digest("hex");
}
