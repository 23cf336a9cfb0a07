// Parses XML into a small element tree with the line of every start tag, using saxes: no DTD is read or evaluated,
// only predefined entities and character references expand, and a document declaring its own entities is refused.
import { SaxesParser } from "saxes";

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

type XmlParseErrorCode = "malformedXml" | "entityDeclaration";

export type XmlParseResult =
  { root: XmlElement } | { error: { code: XmlParseErrorCode; line?: number; detail: string } };

class StopParsing extends Error {}

/**
 * Parses a whole document; the first well-formedness error stops it and is returned with its line.
 * @example parseXml('<a x="1"><b>text</b></a>') // { root: { name: "a", attributes: { x: "1" }, children: [{ name: "b", … }], line: 1, … } }
 */
export function parseXml(text: string): XmlParseResult {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: { code: XmlParseErrorCode; line?: number; detail: string } | null = null;
  let tagLine = 1;
  parser.on("doctype", (doctype) => {
    // The external DTD of TBX 2008 files is never fetched; an internal subset that declares entities would
    // need expansion, which stays off (billion laughs, external entities).
    if (/<!ENTITY/iu.test(doctype)) {
      failure = { code: "entityDeclaration", line: parser.line, detail: "<!ENTITY" };
      throw new StopParsing();
    }
  });
  parser.on("opentagstart", () => {
    tagLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: XmlElement = {
      name: tag.name,
      local: tag.local ?? tag.name,
      uri: tag.uri ?? "",
      attributes,
      children: [],
      line: tagLine,
    };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (chunk: string) => {
    if (stack.length) stack[stack.length - 1].children.push(chunk);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (error) => {
    failure = { code: "malformedXml", line: parser.line, detail: error.message.replace(/^[^:]*:\d+:\d+: /u, "") };
    throw new StopParsing();
  });
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

/**
 * The element children of an element, in order.
 * @example elements(parseXml("<a>x<b/><c/></a>").root) // [b, c]
 */
export function elements(parent: XmlElement): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== "string");
}

/**
 * All text inside an element, markup such as <hi> dropped, whitespace runs collapsed to one space and trimmed:
 * TBX files wrap long definitions over indented lines, and those breaks are layout, not content.
 * @example textContent(parseXml("<note>one\n\t\ttwo <hi>three</hi></note>").root) // "one two three"
 */
export function textContent(element: XmlElement): string {
  const parts: string[] = [];
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === "string") parts.push(child);
      else walk(child);
    }
  };
  walk(element);
  return parts.join("").replace(/\s+/gu, " ").trim();
}
