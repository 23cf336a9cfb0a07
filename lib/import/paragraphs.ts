// Turns the cleaned lines of an article body into paragraph texts: one paragraph per line (or per
// blank-line block of hard-wrapped lines), headings on their own, inline summary lists split per item.

const terminal = /[.!?…。！？:;»”"')\]]$/u;
const bullet = /^(?:[•▪●◦‣*]|-(?=\s))\s*/u;
// "[1][3]" after a claim: the aggregator's numbered references to sources the page does not include.
// They are stripped: dangling, they would only disturb translation memory and the numbers QA check.
// The lookbehind starts a match only where a whitespace run starts, so a long run is not rescanned from each space.
const footnoteMarkers = /(?<!\s)\s*(?:\[\d{1,3}\])+/gu;

/**
 * Paragraph texts from body lines, where "" is a blank line. In a text that separates paragraphs with blank
 * lines, a line ending without punctuation followed by a lowercase line is a hard wrap and joins it;
 * otherwise (and always in a text without blank lines) every line is its own paragraph.
 * @example toParagraphs(["Une Plateforme de Collaboration", "", "L’un des moments forts…"]) // ["Une Plateforme de Collaboration", "L’un des moments forts…"]
 */
export function toParagraphs(lines: string[]): string[] {
  const content = lines.findIndex(Boolean);
  const usesBlankLines = content >= 0 && lines.slice(content, lines.findLastIndex(Boolean)).some((line) => !line);
  const joined: string[] = [];
  let previousBlank = true;
  for (const line of lines) {
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = joined.at(-1);
    if (usesBlankLines && !previousBlank && last && !terminal.test(last) && /^\p{Ll}/u.test(line))
      joined[joined.length - 1] = `${last} ${line}`;
    else joined.push(line);
    previousBlank = false;
  }
  return joined
    .flatMap(splitInlineList)
    .map((paragraph) => paragraph.replace(footnoteMarkers, "").replace(bullet, "").trim())
    .filter((paragraph) => /[\p{L}\p{N}]/u.test(paragraph));
}

/** A heading: a few words without sentence punctuation ("Core Points", "Group 1", "Historical Context"). */
export function isHeadingLike(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/u).length <= 6 && !/[.!?。！？,;:]$/u.test(text);
}

/**
 * An aggregator summary written on one line, "Core Points - claim [1] - claim [2] Group 1 - claim [3]",
 * becomes its headings and items. A line counts only when it opens with a heading and has at least two
 * " - " items, so a dash inside a sentence ("Қазақстан - ең үлкені") never splits it.
 * @example splitInlineList("Core Points - A rose [1] - B fell [2] Group 1 - C held [3]") // ["Core Points", "A rose [1]", "B fell [2]", "Group 1", "C held [3]"]
 */
export function splitInlineList(paragraph: string): string[] {
  const parts = paragraph.split(/(?<!\s)\s+-\s+(?=[\p{Lu}\p{N}"“«‘'(])/u);
  if (parts.length < 3 || !isHeadingLike(parts[0])) return [paragraph];
  const result = [parts[0]];
  for (const part of parts.slice(1)) {
    // The next group's heading trails the previous item: "… exchanges [2] Group 1", "… countries [12]. Historical
    // Context".
    const tail = part.match(/^(.*[\].!?。])\s+([^\s.!?。[\]][^.!?。[\]]*)$/u);
    if (tail && isHeadingLike(tail[2])) result.push(tail[1], tail[2]);
    else result.push(part);
  }
  return result;
}
