// Writes a glossary as TBX-Basic v3 in DCA style, valid against the TBX-Basic integrated RelaxNG and within
// the DCA Schematron's picklists and levels. readTbx reads back the same concepts, terms, statuses and notes.
import type { Concept, Glossary, LanguageDetails, Term, Transaction } from "../../glossary/types";
import { forbiddenMarker, statusNoteToTbx, statusToTbx } from "./tbx-values";

const tbxNamespace = "urn:iso:std:iso:30042:ed-2";
const schemaBase = "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA";

// Characters XML 1.0 cannot carry at all; dropped rather than written into an unreadable file.
const invalidXml =
  // eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
  /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const text = (value: string) =>
  value.replace(invalidXml, "").replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
const attribute = (value: string) =>
  text(value).replace(/"/gu, "&quot;").replace(/\n/gu, "&#10;").replace(/\t/gu, "&#9;").replace(/\r/gu, "&#13;");

type Node = string | { name: string; attributes?: Record<string, string>; children: Node[] };

const element = (name: string, attributes: Record<string, string> | undefined, ...children: Node[]): Node => ({
  name,
  attributes,
  children,
});
const lines = (value: string | undefined) =>
  (value ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

function render(node: Node, indent: string): string {
  if (typeof node === "string") return text(node);
  const attributes = Object.entries(node.attributes ?? {})
    .map(([name, value]) => ` ${name}="${attribute(value)}"`)
    .join("");
  if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  if (node.children.every((child) => typeof child === "string")) {
    return `${indent}<${node.name}${attributes}>${node.children.map((child) => render(child, "")).join("")}</${node.name}>`;
  }
  const inner = node.children.map((child) => render(child, `${indent}  `)).join("\n");
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

const notes = (value: string | undefined) => lines(value).map((line) => element("note", undefined, line));

function transactions(list: Transaction[] | undefined): Node[] {
  return (list ?? []).map((transaction) =>
    element(
      "transacGrp",
      undefined,
      element("transac", { type: "transactionType" }, transaction.type),
      ...(transaction.date && /^\d{4}-\d{2}-\d{2}$/u.test(transaction.date)
        ? [element("date", undefined, transaction.date)]
        : []),
      ...(transaction.responsibility
        ? [element("transacNote", { type: "responsibility" }, transaction.responsibility)]
        : []),
    ),
  );
}

function definition(details: { definition?: string; definitionSource?: string }): Node[] {
  if (!details.definition) return [];
  const sources = lines(details.definitionSource).map((source) => element("admin", { type: "source" }, source));
  return [element("descripGrp", undefined, element("descrip", { type: "definition" }, details.definition), ...sources)];
}

function termSection(term: Term): Node {
  const termNote = (type: string, value: string | undefined) => (value ? [element("termNote", { type }, value)] : []);
  const status = element("termNote", { type: "administrativeStatus" }, statusToTbx(term.status));
  const statusNotes = [
    ...(term.status === "forbidden" ? [forbiddenMarker] : []),
    ...(term.statusNote ? lines(statusNoteToTbx(term.statusNote)) : []),
  ].map((note) => element("note", undefined, note));
  const contexts = lines(term.usageExample);
  const contextSources = lines(term.usageExampleSource);
  const contextGroups = contexts.map((context, index) => {
    // Sources pair with contexts in order; any left over stay with the last context.
    const own = index === contexts.length - 1 ? contextSources.slice(index) : contextSources.slice(index, index + 1);
    return element(
      "descripGrp",
      undefined,
      element("descrip", { type: "context" }, context),
      ...own.map((source) => element("admin", { type: "source" }, source)),
    );
  });
  return element(
    "termSec",
    undefined,
    element("term", undefined, term.text),
    ...termNote("partOfSpeech", term.partOfSpeech),
    statusNotes.length ? element("termNoteGrp", undefined, status, ...statusNotes) : status,
    ...termNote("grammaticalGender", term.grammaticalGender),
    ...termNote("termType", term.termType),
    ...termNote("geographicalUsage", term.geographicalUsage),
    ...contextGroups,
    ...lines(term.source).map((source) => element("admin", { type: "source" }, source)),
    ...notes(term.note),
    ...transactions(term.transactions),
  );
}

// TBX ids are XML NCNames: ours are kept when they are one, otherwise made into one; every id stays unique.
function conceptIds(concepts: readonly Concept[]): string[] {
  const used = new Set<string>();
  return concepts.map((concept, index) => {
    const wanted =
      concept.id === undefined
        ? `c${index + 1}`
        : /^[A-Za-z_][\w.-]*$/u.test(concept.id)
          ? concept.id
          : `c-${concept.id.replace(/[^\w.-]/gu, "_")}`;
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  });
}

function conceptEntry(concept: Concept, id: string): Node {
  const languages = [...new Set(concept.terms.map((term) => term.language))];
  const languageSection = (language: string) => {
    const details: LanguageDetails = concept.perLanguage?.[language] ?? {};
    const terms = concept.terms.filter((term) => term.language === language);
    return element(
      "langSec",
      { "xml:lang": language },
      ...definition(details),
      ...notes(details.note),
      ...transactions(details.transactions),
      ...terms.map(termSection),
    );
  };
  // The RelaxNG pattern for xref targets; other links could not be written validly.
  const links = (concept.links ?? []).filter((link) => /^https?:\/\/.+/u.test(link.target));
  return element(
    "conceptEntry",
    { id },
    ...(concept.subjectField ? [element("descrip", { type: "subjectField" }, concept.subjectField)] : []),
    ...definition(concept),
    ...links.map((link) =>
      element("xref", { type: link.type, target: link.target }, ...(link.text ? [link.text] : [])),
    ),
    ...notes(concept.note),
    ...transactions(concept.transactions),
    ...languages.map(languageSection),
  );
}

/**
 * TBX-Basic v3, DCA style. Language sections are written for the languages that have terms (TBX requires a term
 * in each), multi-line notes as one note element per line, forbidden as described at `forbiddenMarker`, links
 * only with http(s) targets (the schema's pattern). TBX requires at least one entry: an empty glossary gives an
 * empty body, which readTbx reads but the schema rejects.
 * @example writeTbx({ name: "Demo", languages: ["en"], subjectFields: [] }, [{ id: "c1", terms: [{ language: "en", text: "Belt and Road Initiative", status: "preferred" }] }])
 */
export function writeTbx(glossary: Glossary, concepts: readonly Concept[]): string {
  const ids = conceptIds(concepts);
  const language = glossary.languages[0] ?? concepts[0]?.terms[0]?.language ?? "en";
  const description = lines(glossary.description);
  const fileDesc = element(
    "fileDesc",
    undefined,
    ...(glossary.name ? [element("titleStmt", undefined, element("title", undefined, glossary.name))] : []),
    element(
      "sourceDesc",
      undefined,
      ...(description.length ? description.map((line) => element("p", undefined, line)) : [element("p", undefined)]),
    ),
  );
  const root = element(
    "tbx",
    { type: "TBX-Basic", style: "dca", "xml:lang": language, xmlns: tbxNamespace },
    element("tbxHeader", undefined, fileDesc),
    element(
      "text",
      undefined,
      element("body", undefined, ...concepts.map((concept, index) => conceptEntry(concept, ids[index]))),
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<?xml-model href="${schemaBase}/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>`,
    `<?xml-model href="${schemaBase}/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>`,
    render(root, ""),
    "",
  ].join("\n");
}
