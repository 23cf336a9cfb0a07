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
  const walk = (node: Node) => {
    if (tree.isTextNode(node as DefaultTreeAdapterTypes.ChildNode)) {
      current += tree.getTextNodeContent(node as DefaultTreeAdapterTypes.TextNode);
      return;
    }
    if (!("tagName" in node)) return;
    if (boilerplateElements.has(node.tagName)) return;
    const isBlock = blockElements.has(node.tagName);
    if (isBlock) flush();
    node.childNodes.forEach(walk);
    if (isBlock) flush();
  };
  if (body) walk(body);
  flush();
  const h1 = body && findElement(body, "h1");
  const title = h1
    ? textOf(h1)
    : (findElement(document, "title") && textOf(findElement(document, "title")!)) || undefined;
  const lang = root?.attrs.find((attribute) => attribute.name === "lang")?.value;
  return { lines, title: title || undefined, declaredLanguage: lang || undefined };
}

function findElement(node: Node, tagName: string): Element | null {
  for (const child of "childNodes" in node ? node.childNodes : []) {
    if (!("tagName" in child)) continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return null;
}

function textOf(node: Node): string {
  if (tree.isTextNode(node as DefaultTreeAdapterTypes.ChildNode))
    return tree.getTextNodeContent(node as DefaultTreeAdapterTypes.TextNode);
  return ("childNodes" in node ? node.childNodes : []).map(textOf).join("").replace(/\s+/gu, " ").trim();
}
