// One TBX entry (conceptEntry in v3, termEntry in TBX 2008) as a Concept, language section by language section;
// a section with an unusable xml:lang is refused with its line and terms, a repeated language merged and reported.
import type { Concept, LanguageDetails } from "../../glossary/types";
import { type XmlElement, descendants, elements, textContent } from "../xml/xml-tree";
import {
  type Item,
  type Level,
  type ReadContext,
  appendLine,
  describe,
  isStructural,
  itemOf,
  readTransaction,
  sourceOf,
  unsupported,
  warn,
} from "./tbx-items";
import { readTerm } from "./tbx-term";
import { languageTag } from "../../glossary/language-tag";

export type EntryRead = { concept: Concept | null; termsWithoutStatus: XmlElement[] };

/** More terms than this in one entry is not a termbase entry but a file built to be slow: it is refused. */
export const maxTermsPerConcept = 1000;

// What one entry's reading keeps besides the concept: the languages and terms seen so far, to find repeats in
// constant time each, and whether the entry crossed maxTermsPerConcept.
type EntryState = { languages: Set<string>; terms: Set<string>; tooManyTerms: boolean };
type Described = { definition?: string; definitionSource?: string };

function applyDefinition(target: Described, item: Item, context: ReadContext, level: Level): void {
  const source = sourceOf(item, context, level);
  if (target.definition === undefined)
    Object.assign(target, { definition: item.value, ...(source ? { definitionSource: source } : {}) });
  else if (target.definition !== item.value) warn(context, "duplicateValue", item.element, item.value);
}

function applyConceptItem(concept: Concept, item: Item, context: ReadContext): void {
  if (item.category === "definition") return applyDefinition(concept, item, context, "concept");
  if (item.category === "subjectField") {
    if (concept.subjectField === undefined) concept.subjectField = item.value;
    else if (concept.subjectField !== item.value) warn(context, "duplicateValue", item.element, item.value);
  } else if (item.category === "xGraphic" || item.category === "externalCrossReference") {
    const target = item.element.attributes.target ?? "";
    (concept.links ??= []).push({ type: item.category, target, ...(item.value ? { text: item.value } : {}) });
  } else return unsupported(context, item.element, "concept", true);
  for (const companion of item.companions)
    unsupported(context, companion, "concept", itemOf(companion, context) !== null);
}

function readLanguageSection(
  section: XmlElement,
  concept: Concept,
  state: EntryState,
  context: ReadContext,
  result: EntryRead,
): void {
  const declared = section.attributes["xml:lang"];
  const language = declared === undefined ? null : languageTag(declared);
  if (language === null) {
    const terms = elements(section).flatMap((child) => termTexts(child, context));
    context.errors.push({
      code: declared === undefined ? "missingLanguageTag" : "invalidLanguageTag",
      line: section.line,
      element: describe(section),
      detail: declared ?? "",
      terms,
    });
    return;
  }
  if (declared!.includes("_")) warn(context, "valueMapped", section, `${declared} → ${language}`);
  if (state.languages.has(language)) warn(context, "duplicateLanguageSection", section, language);
  state.languages.add(language);
  const details: LanguageDetails = concept.perLanguage?.[language] ?? {};
  for (const child of elements(section)) {
    if (["termSec", "tig", "ntig"].some((name) => isStructural(child, context, name))) {
      const read = readTerm(child, language, context);
      if (!read.term) continue;
      // The same spelling twice is a real case (Portuguese "Croata", masculine and feminine): kept twice unless
      // everything about it is the same, and then imported once.
      const key = JSON.stringify(read.term);
      if (state.terms.has(key)) {
        warn(context, "duplicateTerm", child, read.term.text);
        continue;
      }
      if (concept.terms.length === maxTermsPerConcept) {
        state.tooManyTerms = true;
        return;
      }
      state.terms.add(key);
      concept.terms.push(read.term);
      if (!read.hasStatus) result.termsWithoutStatus.push(child);
    } else if (isStructural(child, context, "note")) details.note = appendLine(details.note, textContent(child));
    else if (isStructural(child, context, "transacGrp"))
      (details.transactions ??= []).push(readTransaction(child, context, "language"));
    else {
      const item = itemOf(child, context);
      if (item?.category === "definition") applyDefinition(details, item, context, "language");
      else unsupported(context, child, "language", item !== null);
    }
  }
  if (Object.keys(details).length) concept.perLanguage = { ...concept.perLanguage, [language]: details };
}

// The texts of the terms inside an element, for the report of a language section that is not imported.
function termTexts(element: XmlElement, context: ReadContext): string[] {
  return [element, ...descendants(element)]
    .filter((node) => isStructural(node, context, "term"))
    .map(textContent)
    .filter(Boolean);
}

/**
 * Reads an entry; `concept: null` when no term of it can be imported (reported as conceptWithoutTerms).
 * @example readEntry(<conceptEntry id="c1"><descrip type="subjectField">General</descrip><langSec xml:lang="en">…</langSec></conceptEntry>, context)
 */
export function readEntry(entry: XmlElement, context: ReadContext): EntryRead {
  const concept: Concept = { terms: [] };
  const result: EntryRead = { concept, termsWithoutStatus: [] };
  if (entry.attributes.id) concept.id = entry.attributes.id;
  const state: EntryState = { languages: new Set(), terms: new Set(), tooManyTerms: false };
  for (const child of elements(entry)) {
    if (isStructural(child, context, "langSec") || isStructural(child, context, "langSet")) {
      readLanguageSection(child, concept, state, context, result);
      if (state.tooManyTerms) {
        context.errors.push({
          code: "tooManyTerms",
          line: entry.line,
          element: describe(entry),
          detail: String(maxTermsPerConcept),
        });
        return { concept: null, termsWithoutStatus: [] };
      }
    } else if (isStructural(child, context, "note")) concept.note = appendLine(concept.note, textContent(child));
    else if (isStructural(child, context, "transacGrp"))
      (concept.transactions ??= []).push(readTransaction(child, context, "concept"));
    else {
      const item = itemOf(child, context);
      if (item) applyConceptItem(concept, item, context);
      else unsupported(context, child, "concept", false);
    }
  }
  if (concept.terms.length === 0) {
    context.errors.push({
      code: "conceptWithoutTerms",
      line: entry.line,
      element: describe(entry),
      detail: concept.id ?? "",
    });
    return { concept: null, termsWithoutStatus: [] };
  }
  return result;
}
