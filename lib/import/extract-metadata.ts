// Applies the boilerplate table to the lines of one article: drops page chrome, reads source, author
// and date from bylines and datelines, and keeps the more trusted value when several lines disagree.
import type { ArticleMetadata, BoilerplateRule } from "./boilerplate-rules";
import type { Line } from "./split-items";

type Ranked = { [K in keyof ArticleMetadata]?: { value: string; rank: number } };

/**
 * Gathers metadata from several lines, the most trusted value winning per field.
 * @example collector.add({ source: "Xinhua" }, 1); collector.add({ source: "CGTN" }, 3); collector.result().source // "CGTN"
 */
export class MetadataCollector {
  private fields: Ranked = {};

  /** Keeps a value unless one of higher (or equal, earlier) rank is already known. */
  add(values: Partial<ArticleMetadata>, rank: number) {
    for (const key of ["source", "author", "publishedAt"] as const) {
      const value = values[key]?.trim();
      const known = this.fields[key];
      if (value && (!known || rank > known.rank)) this.fields[key] = { value, rank };
    }
  }

  result(): ArticleMetadata {
    return {
      source: this.fields.source?.value ?? null,
      author: this.fields.author?.value ?? null,
      publishedAt: this.fields.publishedAt?.value ?? null,
    };
  }
}

// Prose: a line that ends like a sentence (not with an ellipsis: "Think tank forum ca..."), with a few words,
// or a long one. Headlines are not prose. Page chrome sits before the first prose line and after the last.
function isProse(text: string): boolean {
  if (text.length >= 200) return true;
  const endsSentence = /(?<!\.)[.!?。！？](?:["”»’)\]]|\[\d+\])*$/u.test(text);
  return endsSentence && (text.split(/\s+/u).length >= 4 || /\p{Script=Han}{10}/u.test(text));
}

function applies(rule: BoilerplateRule, index: number, proseIndexes: number[]): boolean {
  if (rule.zone === "edge") return !proseIndexes.length || index < proseIndexes[0] || index > proseIndexes.at(-1)!;
  // The lead: up to the second prose line (a dateline or "Selon l'agence…" opens the article).
  if (rule.zone === "lead") return !proseIndexes.length || index <= (proseIndexes[1] ?? proseIndexes[0]);
  return true;
}

/**
 * The body lines left after the table's rules ("" kept as paragraph breaks), metadata added to `collector`.
 * @example cleanLines([{ text: "Xinhua | 28.11.2023 08h34", hit }], collector) // [] and publishedAt "2023-11-28T08:34:00"
 */
export function cleanLines(lines: Line[], collector: MetadataCollector): string[] {
  const proseIndexes = lines.flatMap((line, index) => (isProse(line.text) ? [index] : []));
  const body: string[] = [];
  for (const [index, line] of lines.entries()) {
    const hit = line.hit && applies(line.hit.rule, index, proseIndexes) ? line.hit : null;
    if (!hit) {
      body.push(line.text);
      continue;
    }
    if (hit.rule.metadata) collector.add(hit.rule.metadata(hit.match, line.text), hit.rule.rank ?? 1);
    if (hit.rule.action === "drop-rest") break;
    if (hit.rule.action === "keep") body.push(line.text);
  }
  return body;
}
