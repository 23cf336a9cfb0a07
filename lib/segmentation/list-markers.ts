// Finds inline list markers ("1.) first 2.) second", "a. one b. two", "• 9. item"): each item is its own
// sentence, and the marker belongs to the item that follows it, never to the sentence before.

export type ListMarker = { start: number; end: number };

// A marker stands alone between spaces: "1.мороженое, 2.мясо" (no space) is prose, not a list.
const markerPattern = /(?<=^|\s)([•⁃▪‣◦]\s?)?(\d{1,3}|[a-z])(\.\)|\.|\))(?=\s)/gu;

type Candidate = ListMarker & { value: number; isAlpha: boolean; style: string };

/**
 * The list markers of a paragraph. A marker counts when it runs in sequence with a neighbour
 * ("1." then "2.", "a." then "b."), or when it opens the paragraph ("1. Everyone has the right…").
 * @example listMarkers("1) The first item 2) The second item") // [{ start: 0, end: 2 }, { start: 18, end: 20 }]
 */
export function listMarkers(text: string): ListMarker[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(markerPattern)) {
    const [, bullet = "", label, style] = match;
    const isAlpha = /[a-z]/.test(label);
    candidates.push({
      start: match.index,
      end: match.index + match[0].length,
      value: isAlpha ? label.charCodeAt(0) : Number(label),
      isAlpha,
      style: `${bullet.trim()}${style}`,
    });
  }
  const inRun = new Set<Candidate>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [a, b] = [candidates[i], candidates[i + 1]];
    if (a.isAlpha === b.isAlpha && a.style === b.style && b.value === a.value + 1) {
      inRun.add(a);
      inRun.add(b);
    }
  }
  // An alphabetic marker alone at the start is too often a word or an initial ("a. m."), so only numbers count.
  const first = candidates[0];
  if (first && first.start === 0 && !first.isAlpha) inRun.add(first);
  return candidates.filter((candidate) => inRun.has(candidate)).map(({ start, end }) => ({ start, end }));
}
