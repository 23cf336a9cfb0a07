// Imports an HTML page: parse5 (the WHATWG parsing algorithm) builds the tree, each block element becomes
// one line, and the text pipeline does the rest, with <h1> as the title and <html lang> as context.
import { type DefaultTreeAdapterTypes, defaultTreeAdapter as tree, parse } from "parse5";
import { boilerplateElements } from "./boilerplate-rules";
import { type ImportOptions, type SourceDocument, importSource } from "./import-text";
import type { ImportedArticle } from "./types";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

// Elements whose start and end separate blocks of text; everything else is inline and flows into the line.
const blockElements = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "br",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

/**
 * Imports an HTML document: one article for the page, titled by its first <h1> (else <title>).
 * @example importHtml('<html lang="fr"><body><h1>Titre</h1><p>M. Ding est arrivé.</p></body></html>')[0].title // "Titre"
 */
export function importHtml(html: string, options: ImportOptions = {}): ImportedArticle[] {
  return importSource(htmlToSource(html), options);
}

/**
 * The page as lines: one per block, blank lines between blocks, with its h1 (or <title>) and lang.
 * @example htmlToSource("<html lang=fr><body><h1>T</h1><p>A <b>b</b>.</p></body></html>").lines // ["T", "", "A b.", ""]
 */
function htmlToSource(html: string): SourceDocument {
  const document = parse(html);
  const root = findElement(document, "html");
  const body = findElement(document, "body");
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) lines.push(current.replace(/\s+/gu, " ").trim(), "");
    current = "";
  };
  // Depth first with an explicit stack (a page may nest as deep as it likes): a node, or the end of a block.
  const pending: (Node | "blockEnd")[] = body ? [body] : [];
  while (pending.length) {
    const node = pending.pop()!;
    if (node === "blockEnd") {
      flush();
      continue;
    }
    if (tree.isTextNode(node as DefaultTreeAdapterTypes.ChildNode)) {
      current += tree.getTextNodeContent(node as DefaultTreeAdapterTypes.TextNode);
      continue;
    }
    if (!("tagName" in node) || boilerplateElements.has(node.tagName)) continue;
    if (blockElements.has(node.tagName)) {
      flush();
      pending.push("blockEnd");
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]);
  }
  flush();
  const h1 = body && findElement(body, "h1");
  const title = h1
    ? textOf(h1)
    : (findElement(document, "title") && textOf(findElement(document, "title")!)) || undefined;
  const lang = root?.attrs.find((attribute) => attribute.name === "lang")?.value;
  return { lines, title: title || undefined, declaredLanguage: lang || undefined };
}

// Every node below a node, in document order, without recursion.
function* descendants(node: Node): Generator<DefaultTreeAdapterTypes.ChildNode> {
  const pending = "childNodes" in node ? [...node.childNodes].reverse() : [];
  while (pending.length) {
    const next = pending.pop()!;
    yield next;
    if ("childNodes" in next) for (let i = next.childNodes.length - 1; i >= 0; i--) pending.push(next.childNodes[i]);
  }
}

function findElement(node: Node, tagName: string): Element | null {
  for (const child of descendants(node)) if ("tagName" in child && child.tagName === tagName) return child;
  return null;
}

function textOf(node: Node): string {
  const parts: string[] = [];
  for (const child of descendants(node))
    if (tree.isTextNode(child)) parts.push(tree.getTextNodeContent(child as DefaultTreeAdapterTypes.TextNode));
  return parts.join("").replace(/\s+/gu, " ").trim();
}
