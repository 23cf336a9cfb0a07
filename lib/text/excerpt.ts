// A short stretch of a long text around a match, for showing an example: cut at spaces where the text has them,
// marked with an ellipsis where something was left out, the match's offsets moved along.

export type Excerpt = { text: string; start: number; end: number };

/**
 * @example excerpt("Alpha beta gamma delta epsilon the Silk Road Fund zeta eta theta", 35, 49, 12)
 * // { text: "…the Silk Road Fund zeta eta…", start: 5, end: 19 }
 */
export function excerpt(text: string, start: number, end: number, context = 90): Excerpt {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Move the cut to the nearest space inside the window, so that no word is cut in two (unspaced text has none).
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space >= end) to = space;
  }
  const before = from > 0 ? "…" : "";
  const after = to < text.length ? "…" : "";
  return {
    text: `${before}${text.slice(from, to).trimEnd()}${after}`,
    start: start - from + before.length,
    end: end - from + before.length,
  };
}
