// Hostile inputs for the parsers, one generator per shape, each sized by its one parameter: the files of issue 10
// that stalled or crashed the server (deep XML, a concept of 20,000 terms, a CSV cell of spaces), and the other
// shapes a parser must take in linear time or refuse (wide elements, long lines, many tiny paragraphs).
// Pure and deterministic, so the unit tests use them as fixtures and scripts/bench-parsers.ts as its workload.

const tbxOpen = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><titleStmt><title>Hostile</title></titleStmt></fileDesc></tbxHeader>
<text><body>`;
const tbxClose = "</body></text></tbx>";
/** How deep a term's text sits in tbx(): tbx, text, body, conceptEntry, langSec, termSec, term. */
const termDepth = 7;

const tbx = (entries: string) => `${tbxOpen}${entries}${tbxClose}`;
const entry = (id: string, terms: string) =>
  `<conceptEntry id="${id}"><langSec xml:lang="en">${terms}</langSec></conceptEntry>`;
const termSec = (text: string, attributes = "") => `<termSec><term${attributes}>${text}</term></termSec>`;

/**
 * XML whose elements nest `depth` levels deep (the root is level 1).
 * @example deepXml(3) // "<a><a><a>x</a></a></a>"
 */
export const deepXml = (depth: number): string => `${"<a>".repeat(depth)}x${"</a>".repeat(depth)}`;

/**
 * A TBX file whose deepest element sits `depth` levels deep (at least 7): a term wrapped in nested <hi>, the shape
 * of issue 10's 700 KB file nested 100,000 deep.
 * @example readTbx(deepTbx(64)) // read; readTbx(deepTbx(65)) // refused with tooDeep
 */
export function deepTbx(depth: number): string {
  const nested = Math.max(0, depth - termDepth);
  return tbx(entry("c1", termSec(`${"<hi>".repeat(nested)}deep${"</hi>".repeat(nested)}`)));
}

/**
 * XML with `count` sibling elements under the root: count + 1 elements in all.
 * @example manySiblingsXml(2) // "<r><b/><b/></r>"
 */
export const manySiblingsXml = (count: number): string => `<r>${"<b/>".repeat(count)}</r>`;

/**
 * A TBX file of `count` concepts with one term each: wide, and the most elements per byte a termbase has.
 * @example readTbx(manyConceptsTbx(3)).concepts.length // 3
 */
export function manyConceptsTbx(count: number): string {
  const entries: string[] = [];
  for (let i = 0; i < count; i++) entries.push(entry(`c${i}`, termSec(`term ${i}`)));
  return tbx(entries.join("\n"));
}

/**
 * A TBX file whose one <term> element carries `count` attributes.
 * @example readTbx(manyAttributesTbx(257)).report.errors[0].code // "tooManyAttributes"
 */
export function manyAttributesTbx(count: number): string {
  const attributes: string[] = [];
  for (let i = 0; i < count; i++) attributes.push(` a${i}="v"`);
  return tbx(entry("c1", termSec("wide", attributes.join(""))));
}

/**
 * A TBX file whose one term is `length` characters long: the longest text node a file can hold.
 * @example readTbx(longTextTbx(1_000_001)).report.errors[0].code // "textTooLong"
 */
export const longTextTbx = (length: number): string => tbx(entry("c1", termSec("x".repeat(length))));

/**
 * A TBX file whose term carries one attribute value `length` characters long.
 * @example readTbx(longAttributeTbx(65_537)).report.errors[0].code // "attributeTooLong"
 */
export const longAttributeTbx = (length: number): string =>
  tbx(entry("c1", termSec("long", ` a="${"v".repeat(length)}"`)));

/**
 * A TBX file of one concept with `count` different terms (issue 10: 20,000 took 113 s).
 * @example readTbx(manyTermsTbx(1001)).report.errors[0].code // "tooManyTerms"
 */
export function manyTermsTbx(count: number): string {
  const terms: string[] = [];
  for (let i = 0; i < count; i++) terms.push(termSec(`term ${i}`));
  return tbx(entry("c1", terms.join("")));
}

/**
 * A one-column-per-language CSV ("en") whose cell is "a", `spaces` spaces and "b": issue 10's 3.4 s split.
 * @example spacedCsvCell(3) // "en\na   b\n"
 */
export const spacedCsvCell = (spaces: number): string => `en\na${" ".repeat(spaces)}b\n`;

/**
 * A one-row-per-term CSV (concept id, language, term) of one concept with `count` different terms.
 * @example manyTermsCsv(2) // "concept id,language,term\nc1,en,term 0\nc1,en,term 1\n"
 */
export function manyTermsCsv(count: number): string {
  const rows = ["concept id,language,term"];
  for (let i = 0; i < count; i++) rows.push(`c1,en,term ${i}`);
  return `${rows.join("\n")}\n`;
}

/**
 * A one-row-per-term CSV whose second row has `count` cells: its concept id, language and term, then empty cells.
 * @example manyCellsCsv(4) // "concept id,language,term\nc1,en,wide,\n"
 */
export const manyCellsCsv = (count: number): string =>
  `concept id,language,term\nc1,en,wide${",".repeat(Math.max(0, count - 3))}\n`;

/**
 * A one-row-per-term CSV whose one term is `length` characters long.
 * @example longCsvCell(3) // "concept id,language,term\nc1,en,aaa\n"
 */
export const longCsvCell = (length: number): string => `concept id,language,term\nc1,en,${"a".repeat(length)}\n`;

const sentence = "Mr. Smith met Dr. Jones at 5 p.m. in the U.S. capital. ";

/**
 * Article text: a title, then one line of about `length` characters made of short sentences full of abbreviations,
 * the work of segmentation in one paragraph.
 * @example longLineText(100).split("\n\n")[1].length // 100
 */
export function longLineText(length: number): string {
  const line = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
  return `Long line\n\n${line}`;
}

/**
 * Article text: a title, then `count` paragraphs of one short sentence each, separated by blank lines.
 * @example tinyParagraphsText(2) // "Tiny paragraphs\n\nA b.\n\nA b.\n"
 */
export const tinyParagraphsText = (count: number): string =>
  `Tiny paragraphs\n\n${"A b.\n\n".repeat(count)}`.slice(0, -1);

/**
 * About `bytes` of TBX that is slow to refuse: plain concepts, then one term nested `depth` levels deep at the
 * very end, so a reader must get through everything before it finds the fault (the upload of the load tests).
 * @example readTbx(bulkyDeepTbx({ bytes: 30 * 1024 * 1024, depth: 100_000 })) // refused with tooDeep, at the end
 */
export function bulkyDeepTbx({ bytes, depth }: { bytes: number; depth: number }): string {
  const nested = Math.max(0, depth - termDepth);
  const deep = entry("deep", termSec(`${"<hi>".repeat(nested)}deep${"</hi>".repeat(nested)}`));
  const entries: string[] = [];
  let size = tbxOpen.length + deep.length + tbxClose.length;
  for (let i = 0; size < bytes; i++) {
    const plain = entry(`c${i}`, termSec(`term ${i}`));
    entries.push(plain);
    size += plain.length + 1;
  }
  entries.push(deep);
  return tbx(entries.join("\n"));
}
