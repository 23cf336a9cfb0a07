// TBX's styles as one vocabulary: `<descrip type="definition">` (DCA, TBX 2008) and `<basic:definition>` (DCT)
// are the same data category; groups (descripGrp, termNoteGrp…) are an item with companions; transactions.
import type { Transaction } from "../../glossary/types";
import { type XmlElement, elements, textContent } from "../xml/xml-tree";
import type { TbxIssue, TbxIssueCode } from "./tbx-types";
import { isoDate } from "./tbx-values";

export type Level = "concept" | "language" | "term";

export type ReadContext = {
  /** The namespace of the TBX structure: "" in TBX 2008, TBX's own in v3. Other namespaces are DCT data categories. */
  rootUri: string;
  errors: TbxIssue[];
  warnings: TbxIssue[];
  /** Unsupported data categories and elements, reported once each with a count and their first line. */
  aggregated: Map<string, TbxIssue>;
};

export type Item = { category: string; value: string; element: XmlElement; companions: XmlElement[] };

const dcaElements = new Set([
  "descrip",
  "admin",
  "termNote",
  "transac",
  "transacNote",
  "xref",
  "ref",
  "adminNote",
  "descripNote",
]);
export const groupElements = new Set(["descripGrp", "adminGrp", "termNoteGrp"]);

/**
 * Whether an element is the structural TBX element `local` (term, note, langSec…): those are in the root's
 * namespace, DCT data categories are not.
 * @example isStructural(<note>, context, "note") // true; isStructural(<basic:note>, context, "note") // false
 */
export const isStructural = (element: XmlElement, context: ReadContext, local: string): boolean =>
  element.uri === context.rootUri && element.local === local;

/**
 * The data category an element carries, whatever the style, or null for a structural element.
 * @example categoryOf(<descrip type="definition">) // "definition"; categoryOf(<min:partOfSpeech>) // "partOfSpeech"
 */
function categoryOf(element: XmlElement, context: ReadContext): string | null {
  if (element.uri !== context.rootUri) return element.local;
  return dcaElements.has(element.local) ? (element.attributes.type ?? "") : null;
}

/**
 * The element as the file writes it, for reports.
 * @example describe(<langSet xml:lang="---">) // 'langSet xml:lang="---"'
 */
export function describe(element: XmlElement): string {
  const attribute = ["type", "xml:lang", "id"].find((name) => element.attributes[name] !== undefined);
  return attribute ? `${element.name} ${attribute}="${element.attributes[attribute]}"` : element.name;
}

/**
 * A data category element, or a group headed by one, as an item; null for anything else.
 * @example itemOf(<descripGrp><descrip type="definition">…</descrip><admin type="source">…</admin></descripGrp>)
 */
export function itemOf(element: XmlElement, context: ReadContext): Item | null {
  if (element.uri === context.rootUri && groupElements.has(element.local)) {
    const children = elements(element);
    const head = children.find((child) => categoryOf(child, context) !== null);
    if (!head) return null;
    return { ...itemOf(head, context)!, companions: children.filter((child) => child !== head) };
  }
  const category = categoryOf(element, context);
  return category === null ? null : { category, value: textContent(element), element, companions: [] };
}

/**
 * Records a warning about one element, with its line.
 * @example warn(context, "valueMapped", termNote, "nom → noun")
 */
export function warn(context: ReadContext, code: TbxIssueCode, element: XmlElement, detail: string): void {
  context.warnings.push({ code, line: element.line, element: describe(element), detail });
}

/**
 * Reports what we do not keep once per kind, with a count, so a file full of them gives one clear line.
 * @example unsupported(context, <admin type="productSubset">, "language", true) // one warning, count 9 after nine calls
 */
export function unsupported(context: ReadContext, element: XmlElement, level: Level, isCategory: boolean): void {
  const code: TbxIssueCode = isCategory ? "unsupportedDataCategory" : "unsupportedElement";
  const key = `${code} ${level} ${describe(element)}`;
  const known = context.aggregated.get(key);
  if (known) known.count = (known.count ?? 1) + 1;
  else context.aggregated.set(key, { code, line: element.line, element: describe(element), count: 1, detail: level });
}

/**
 * A transacGrp as a transaction: TBX-Basic knows origination and modification; other TBX types are modifications.
 * @example readTransaction(<transacGrp><transac type="transactionType">origination</transac><date>2010-04-17</date></transacGrp>)
 * // { type: "origination", date: "2010-04-17" }
 */
export function readTransaction(group: XmlElement, context: ReadContext, level: Level): Transaction {
  const transaction: Transaction = { type: "modification" };
  for (const child of elements(group)) {
    const category = categoryOf(child, context);
    const value = textContent(child);
    if (category === "transactionType") {
      const type = value.toLowerCase();
      transaction.type = type === "origination" || type === "input" ? "origination" : "modification";
      if (type !== "origination" && type !== "modification")
        warn(context, "valueMapped", child, `${value} → ${transaction.type}`);
    } else if (category === "responsibility") {
      transaction.responsibility = value;
    } else if (isStructural(child, context, "date")) {
      const date = isoDate(value);
      if (date) transaction.date = date;
      else warn(context, "invalidDate", child, value);
    } else {
      unsupported(context, child, level, category !== null);
    }
  }
  return transaction;
}

/**
 * The source that a group gives for its head item (`<admin type="source">` beside a definition or context).
 * Other companions are reported as not kept.
 * @example sourceOf(item) // "Oxford2007"
 */
export function sourceOf(item: Item, context: ReadContext, level: Level): string | undefined {
  const sources: string[] = [];
  for (const companion of item.companions) {
    if (categoryOf(companion, context) === "source") sources.push(textContent(companion));
    else unsupported(context, companion, level, categoryOf(companion, context) !== null);
  }
  return sources.length ? sources.join("\n") : undefined;
}

/**
 * Appends a line to a multi-line field: separate notes are separate lines.
 * @example appendLine("first", "second") // "first\nsecond"
 */
export function appendLine(existing: string | undefined, line: string): string | undefined {
  if (!line) return existing;
  return existing ? `${existing}\n${line}` : line;
}
