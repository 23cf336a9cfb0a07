// Parses XML into a small element tree with the line of every start tag, using saxes: no DTD is read or evaluated,
// only predefined entities and character references expand, and a document declaring its own entities is refused.
// Every size that could make the tree or a later walk over it expensive is capped while the file streams through,
// so a hostile file is refused at the element that crosses a limit, before the rest of it is read.
import { SaxesParser } from "saxes";
import { NamespaceScopes, splitName } from "./xml-namespaces";

export type XmlElement = {
  /** Qualified name as written ("min:subjectField"); `local` without the prefix; `uri` its namespace or "". */
  name: string;
  local: string;
  uri: string;
  /** Attribute values by qualified name ("xml:lang", "type"). */
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
  /** 1-based line of the start tag's "<". */
  line: number;
};

/** What a document may hold. TBX nests about eight levels deep; the rest leaves room for any real termbase. */
export const xmlLimits = {
  depth: 64,
  attributesPerElement: 256,
  elements: 2_000_000,
  textLength: 1_000_000,
  attributeLength: 65_536,
};
export type XmlLimits = typeof xmlLimits;

type XmlParseErrorCode =
  | "malformedXml"
  | "entityDeclaration"
  | "tooDeep"
  | "tooManyAttributes"
  | "tooManyElements"
  | "textTooLong"
  | "attributeTooLong";

type XmlParseError = { code: XmlParseErrorCode; line?: number; detail: string };
export type XmlParseResult = { root: XmlElement } | { error: XmlParseError };

class StopParsing extends Error {}

/**
 * Parses a whole document; the first well-formedness error or crossed limit stops it and is returned with its line.
 * @example parseXml('<a x="1"><b>text</b></a>') // { root: { name: "a", attributes: { x: "1" }, children: [{ name: "b", … }], line: 1, … } }
 * @example parseXml("<a>".repeat(65) + "</a>".repeat(65)) // { error: { code: "tooDeep", line: 1, detail: "64" } }
 */
export function parseXml(text: string, limits: XmlLimits = xmlLimits): XmlParseResult {
  const parser = new SaxesParser({ position: true });
  const namespaces = new NamespaceScopes();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: XmlParseError | null = null;
  let tagLine = 1;
  let elementCount = 0;
  let attributeCount = 0;
  let textRun = 0;
  const stop = (code: XmlParseErrorCode, detail: string, line = parser.line): never => {
    failure = { code, line, detail };
    throw new StopParsing();
  };
  parser.on("doctype", (doctype) => {
    // The external DTD of TBX 2008 files is never fetched; an internal subset that declares entities would
    // need expansion, which stays off (billion laughs, external entities).
    if (/<!ENTITY/iu.test(doctype)) stop("entityDeclaration", "<!ENTITY");
  });
  parser.on("opentagstart", () => {
    tagLine = parser.line;
    textRun = 0;
    attributeCount = 0;
    if (stack.length >= limits.depth) stop("tooDeep", String(limits.depth));
    if (++elementCount > limits.elements) stop("tooManyElements", String(limits.elements));
  });
  parser.on("attribute", ({ value }) => {
    if (++attributeCount > limits.attributesPerElement)
      stop("tooManyAttributes", String(limits.attributesPerElement), tagLine);
    if (value.length > limits.attributeLength) stop("attributeTooLong", String(limits.attributeLength), tagLine);
  });
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const problem = namespaces.open(attributes) ?? unboundPrefix(tag.name, attributes, namespaces);
    if (problem) stop("malformedXml", problem, tagLine);
    const colon = tag.name.indexOf(":");
    const element: XmlElement = {
      name: tag.name,
      local: colon === -1 ? tag.name : tag.name.slice(colon + 1),
      uri: namespaces.resolve(colon === -1 ? "" : tag.name.slice(0, colon)) ?? "",
      attributes,
      children: [],
      line: tagLine,
    };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
    namespaces.close();
    textRun = 0;
  });
  const addText = (chunk: string) => {
    if (!stack.length) return;
    textRun += chunk.length;
    if (textRun > limits.textLength) stop("textTooLong", String(limits.textLength));
    stack[stack.length - 1].children.push(chunk);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (error) => stop("malformedXml", error.message.replace(/^[^:]*:\d+:\d+: /u, ""), parser.line));
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopParsing))
      return { error: { code: "malformedXml", line: parser.line, detail: String(error) } };
  }
  if (failure) return { error: failure };
  if (!root) return { error: { code: "malformedXml", detail: "no root element" } };
  return { root };
}

// Names must be qualified names whose prefixes are declared; two attributes may not name the same thing.
function unboundPrefix(name: string, attributes: Record<string, string>, namespaces: NamespaceScopes): string | null {
  const element = splitName(name);
  if (!element || element.prefix === "xmlns") return `malformed name: ${name}`;
  if (element.prefix && namespaces.resolve(element.prefix) === undefined)
    return `unbound namespace prefix: ${element.prefix}`;
  let seen: Set<string> | null = null;
  for (const attribute in attributes) {
    if (!attribute.includes(":")) continue;
    const qualified = splitName(attribute);
    if (!qualified) return `malformed name: ${attribute}`;
    if (!qualified.prefix || qualified.prefix === "xmlns") continue;
    const uri = namespaces.resolve(qualified.prefix);
    if (uri === undefined) return `unbound namespace prefix: ${qualified.prefix}`;
    const expanded = `{${uri}}${qualified.local}`;
    seen ??= new Set();
    if (seen.has(expanded)) return `duplicate attribute: ${expanded}`;
    seen.add(expanded);
  }
  return null;
}

/**
 * The element children of an element, in order.
 * @example elements(parseXml("<a>x<b/><c/></a>").root) // [b, c]
 */
export function elements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== "string");
}

/**
 * Every element below an element, in document order, without recursion (the depth is the file's to choose).
 * @example descendants(parseXml("<a><b><c/></b><d/></a>").root).map((e) => e.name) // ["b", "c", "d"]
 */
export function descendants(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const pending = elements(element).reverse();
  while (pending.length) {
    const next = pending.pop()!;
    found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i];
      if (typeof child !== "string") pending.push(child);
    }
  }
  return found;
}

/**
 * All text inside an element, markup such as <hi> dropped, whitespace runs collapsed to one space and trimmed:
 * TBX files wrap long definitions over indented lines, and those breaks are layout, not content.
 * @example textContent(parseXml("<note>one\n\t\ttwo <hi>three</hi></note>").root) // "one two three"
 */
export function textContent(element: XmlElement): string {
  const parts: string[] = [];
  const pending: (XmlElement | string)[] = [element];
  while (pending.length) {
    const node = pending.pop()!;
    if (typeof node === "string") parts.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return parts.join("").replace(/\s+/gu, " ").trim();
}
