// Splits a page that lists several items (a news aggregator: headline, "Source· date" byline, summary)
// into one line list per item. A page with fewer than two such bylines is a single article.
import type { BoilerplateRule } from "./boilerplate-rules";

export type Line = { text: string; hit: { rule: BoilerplateRule; match: RegExpMatchArray } | null };
export type Item = { title: Line | null; lines: Line[] };

/**
 * The items of a page. Each item starts at its title, the line right above an item byline; what comes
 * before the first title is page chrome ("Search documents") and belongs to no item.
 * @example splitItems(lines).length // 2 for the aggregator page 004 of the seed corpus
 */
export function splitItems(lines: Line[]): Item[] {
  const titles: number[] = [];
  lines.forEach((line, index) => {
    if (!line.hit?.rule.startsItem) return;
    const title = previousContentLine(lines, index);
    if (title >= 0 && !lines[title].hit) titles.push(title);
  });
  if (titles.length < 2) return [{ title: null, lines }];
  return titles.map((start, k) => ({
    title: lines[start],
    lines: lines.slice(start + 1, titles[k + 1] ?? lines.length),
  }));
}

function previousContentLine(lines: Line[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (lines[i].text) return i;
  return -1;
}
