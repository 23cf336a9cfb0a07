// Reads a TBX termbase: TBX v3 (ISO 30042:2019) Core and Basic in DCA and DCT style, and TBX 2008 `martif`.
// A file that cannot be decoded or parsed gives no glossary at all; otherwise every entry that can be read is.
import type { Concept, Glossary } from "../../glossary/types";
import { decodeXml, defaultMaxBytes } from "../xml/decode-xml";
import { type XmlElement, descendants, elements, parseXml, textContent } from "../xml/xml-tree";
import { readEntry } from "./tbx-entry";
import { type ReadContext, isStructural, unsupported } from "./tbx-items";
import type { TbxDialect, TbxIssue, TbxReadResult } from "./tbx-types";

export type ReadTbxOptions = { maxBytes?: number };

const refused = (error: TbxIssue, warnings: TbxIssue[] = []): TbxReadResult => ({
  glossary: null,
  concepts: [],
  lines: [],
  dialect: null,
  report: { errors: [error], warnings },
});

const child = (parent: XmlElement | undefined, context: ReadContext, ...names: string[]) =>
  parent && elements(parent).find((element) => names.some((name) => isStructural(element, context, name)));

function readHeader(header: XmlElement | undefined, context: ReadContext): Pick<Glossary, "name" | "description"> {
  const fileDesc = child(header, context, "fileDesc");
  const title = child(child(fileDesc, context, "titleStmt"), context, "title");
  const paragraphs = elements(fileDesc ?? ({ children: [] } as unknown as XmlElement))
    .filter(
      (element) => isStructural(element, context, "sourceDesc") || isStructural(element, context, "publicationStmt"),
    )
    .flatMap((section) => elements(section).map(textContent))
    .filter(Boolean);
  return {
    name: title ? textContent(title) : "",
    ...(paragraphs.length ? { description: paragraphs.join("\n") } : {}),
  };
}

function dialectOf(root: XmlElement, concepts: XmlElement[], context: ReadContext): TbxDialect {
  const style =
    root.attributes.style === "dct" || concepts.some((entry) => hasForeignElement(entry, context)) ? "dct" : "dca";
  return { version: root.local === "martif" ? 2 : 3, type: root.attributes.type ?? "", style };
}

const hasForeignElement = (element: XmlElement, context: ReadContext): boolean =>
  descendants(element).some((child) => child.uri !== context.rootUri);

/**
 * Reads TBX from text, or from bytes decoded by their BOM and XML declaration; refuses files over `maxBytes` (50 MB).
 * @example readTbx('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">…</tbx>')
 * // { glossary: { name: "…", languages: ["en", "fr"], … }, concepts: [{ id: "c1", terms: [...] }], report: { errors: [], warnings: [] }, … }
 */
export function readTbx(input: string | Uint8Array, options: ReadTbxOptions = {}): TbxReadResult {
  const decoded = decodeXml(input, options.maxBytes ?? defaultMaxBytes);
  if ("error" in decoded) return refused(decoded.error);
  const parsed = parseXml(decoded.text);
  if ("error" in parsed) return refused(parsed.error, decoded.warnings);
  const { root } = parsed;
  if (root.local !== "martif" && root.local !== "tbx") {
    return refused({ code: "notTbx", line: root.line, element: root.name, detail: root.uri }, decoded.warnings);
  }
  const context: ReadContext = {
    rootUri: root.uri,
    errors: [],
    warnings: [...decoded.warnings],
    aggregated: new Map(),
  };
  const header = readHeader(child(root, context, "martifHeader", "tbxHeader"), context);
  const body = child(child(root, context, "text"), context, "body");
  const entries = body ? elements(body) : [];
  const concepts: Concept[] = [];
  const lines: number[] = [];
  const ids = new Map<string, number>();
  let withoutStatus: { line: number; count: number } | null = null;
  for (const entry of entries) {
    if (!isStructural(entry, context, "conceptEntry") && !isStructural(entry, context, "termEntry")) {
      unsupported(context, entry, "concept", false);
      continue;
    }
    const { concept, termsWithoutStatus } = readEntry(entry, context);
    if (!concept) continue;
    if (concept.id !== undefined && ids.has(concept.id)) {
      context.errors.push({
        code: "duplicateConceptId",
        line: entry.line,
        element: entry.name,
        detail: concept.id,
        terms: concept.terms.map((term) => term.text),
      });
      continue;
    }
    if (concept.id !== undefined) ids.set(concept.id, entry.line);
    if (termsWithoutStatus.length) {
      withoutStatus ??= { line: termsWithoutStatus[0].line, count: 0 };
      withoutStatus.count += termsWithoutStatus.length;
    }
    concepts.push(concept);
    lines.push(entry.line);
  }
  // A term without administrativeStatus has no recommendation either way: it is imported as admitted.
  if (withoutStatus)
    context.warnings.push({
      code: "statusMissing",
      line: withoutStatus.line,
      count: withoutStatus.count,
      detail: "admitted",
    });
  if (concepts.length === 0 && context.errors.length === 0)
    context.warnings.push({ code: "noConcepts", line: (body ?? root).line, detail: "" });
  const terms = concepts.flatMap((concept) => concept.terms);
  const glossary: Glossary = {
    ...header,
    languages: [...new Set(terms.map((term) => term.language))],
    subjectFields: [...new Set(concepts.flatMap((concept) => (concept.subjectField ? [concept.subjectField] : [])))],
  };
  const warnings = [...context.warnings, ...context.aggregated.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    glossary,
    concepts,
    lines,
    dialect: dialectOf(root, entries, context),
    report: { errors: context.errors, warnings },
  };
}
