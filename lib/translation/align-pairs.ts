// Attaches sentence-pair translations (source text → target text) to an article's segments by
// their normalized source text, and lists the segments left without one.

export type SentencePair = { source: string; target: string };
export type AlignedTranslation = { segmentId: string; text: string };

/** Whitespace and Unicode form differences must not break a match. */
function normalizeForMatch(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Example: alignPairs([{ id: "s1", text: "Bonjour." }], [{ source: "Bonjour.", target: "Hello." }])
 * → { aligned: [{ segmentId: "s1", text: "Hello." }], missing: [] }
 */
export function alignPairs(
  segments: { id: string; text: string }[],
  pairs: SentencePair[],
): { aligned: AlignedTranslation[]; missing: { id: string; text: string }[]; unused: SentencePair[] } {
  const bySource = new Map<string, SentencePair>();
  for (const pair of pairs) bySource.set(normalizeForMatch(pair.source), pair);
  const used = new Set<SentencePair>();
  const aligned: AlignedTranslation[] = [];
  const missing: { id: string; text: string }[] = [];
  for (const segment of segments) {
    const pair = bySource.get(normalizeForMatch(segment.text));
    if (!pair) {
      missing.push(segment);
      continue;
    }
    used.add(pair);
    aligned.push({ segmentId: segment.id, text: pair.target.trim() });
  }
  return { aligned, missing, unused: pairs.filter((pair) => !used.has(pair)) };
}
