// The start of a long text for a list (a definition under its entry), cut at a word boundary. Pure.

/**
 * At most `max` characters, whitespace collapsed, cut after the last whole word and ended with "…" when cut.
 * Text without spaces (Chinese) is cut at `max`; surrogate pairs are never split.
 * @example truncateText("Capital of Kazakhstan since 1997", 20) // "Capital of…"
 */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  const characters = [...flat];
  if (characters.length <= max) return flat;
  const cut = characters.slice(0, max).join("");
  const lastSpace = cut.lastIndexOf(" ");
  // A word boundary in the last third keeps most of the text; otherwise cut mid-word.
  const kept = lastSpace > (cut.length * 2) / 3 ? cut.slice(0, lastSpace) : cut;
  let end = kept.length;
  while (end > 0 && /[\s,;:.]/u.test(kept[end - 1])) end--;
  return `${kept.slice(0, end)}…`;
}
