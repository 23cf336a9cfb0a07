// The UDHR in five languages, as text and as HTML, through the importer: no text lost, the right language,
// the same output when imported twice, and the same segment count (±5 %) for the text and HTML of a language.
import { isDeepStrictEqual } from "node:util";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { type DefaultTreeAdapterTypes, defaultTreeAdapter as tree, parse } from "parse5";
import { importDocument } from "../../lib/import/import-document.ts";
import type { ImportedArticle } from "../../lib/import/types.ts";
import { type CheckResult, percent } from "./check.ts";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

// Not rendered text, so not "the text content of the body" a reader sees.
const unrendered = new Set(["script", "style", "noscript", "template"]);

/**
 * The source's own text, found independently of the importer: the body of an HTML page, the text after the front
 * matter.
 */
export function sourceText(raw: string, fileName: string): string {
  if (!fileName.endsWith(".html")) return raw.replace(/^(?:#[^\n]*\n)+---\n/u, "");
  const text = (node: Node): string => {
    if (tree.isTextNode(node as DefaultTreeAdapterTypes.ChildNode))
      return tree.getTextNodeContent(node as DefaultTreeAdapterTypes.TextNode);
    if ("tagName" in node && unrendered.has(node.tagName)) return "";
    return ("childNodes" in node ? node.childNodes : []).map(text).join(" ");
  };
  const find = (node: Node): Node | null =>
    "tagName" in node && node.tagName === "body"
      ? node
      : (("childNodes" in node ? node.childNodes : []).map(find).find(Boolean) ?? null);
  const body = find(parse(raw));
  return body ? text(body) : "";
}

/** Characters other than whitespace, after NFC: spacing and line breaks are not text. */
const textLength = (text: string) => text.normalize("NFC").replace(/\s+/gu, "").length;
const segmentsOf = (articles: ImportedArticle[]) => articles.flatMap((a) => a.paragraphs.flatMap((p) => p.segments));

export async function runUdhr(dir: string, log: (line: string) => void): Promise<CheckResult[]> {
  const folder = path.join(dir, "articles/udhr-parallel");
  const files = (await readdir(folder)).filter((name) => /^udhr_.+\.(?:txt|html)$/u.test(name)).sort();
  const results: CheckResult[] = [];
  const counts = new Map<string, Record<string, number>>();
  for (const file of files) {
    const raw = await readFile(path.join(folder, file), "utf8");
    const [, tag, kind] = file.match(/^udhr_(.+)\.(txt|html)$/u)!;
    const expected = tag.split("-")[0];
    const first = importDocument(raw, { fileName: file });
    const again = importDocument(raw, { fileName: file });
    const segments = segmentsOf(first);
    const imported =
      first.reduce((sum, a) => sum + textLength(a.title), 0) + segments.reduce((sum, s) => sum + textLength(s.text), 0);
    const source = textLength(sourceText(raw, file));
    const right = segments.filter((segment) => segment.language === expected).length;
    const languages = [...new Set(first.map((a) => a.language))];
    const problems = [
      imported !== source ? `text ${imported} of ${source} characters` : null,
      languages.join() !== expected ? `language ${languages.join()} (expected ${expected})` : null,
      !isDeepStrictEqual(first, again) ? "a second import differs" : null,
    ].filter(Boolean);
    counts.set(expected, { ...counts.get(expected), [kind]: segments.length });
    results.push({
      name: `UDHR ${file}`,
      passed: problems.length === 0,
      detail:
        `${first.length} article, ${segments.length} segments (stable), ${imported}/${source} characters kept, language ${languages.join()}; ` +
        `segments in ${expected}: ${right}/${segments.length} (${percent(right, segments.length)})${problems.length ? ` — ${problems.join("; ")}` : ""}`,
    });
  }
  for (const [language, { txt, html }] of counts) {
    const spread = Math.abs((txt ?? 0) - (html ?? 0)) / Math.max(txt ?? 0, html ?? 0, 1);
    results.push({
      name: `UDHR ${language} text vs HTML segment count`,
      passed: txt !== undefined && html !== undefined && spread <= 0.05,
      detail: `text ${txt ?? "missing"}, HTML ${html ?? "missing"} (${(spread * 100).toFixed(1)} % apart, at most 5 %)`,
    });
  }
  log(`  (info) UDHR files: ${files.length}`);
  return results;
}
