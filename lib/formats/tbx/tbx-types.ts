// What readTbx returns: the glossary and its concepts, or nothing at all when the file cannot be read,
// with a report of every error (not imported) and warning (imported differently) by code, line and element.
import type { Concept, Glossary } from "../../glossary/types";
import type { ImportIssue, ImportReport } from "../import-report";

export const tbxIssueCodes = [
  // The whole file is refused: no glossary, no concepts.
  "empty",
  "tooLarge",
  "unsupportedEncoding",
  "invalidEncoding",
  "encodingMismatch",
  "malformedXml",
  "entityDeclaration",
  // A limit of the XML reader (xmlLimits), crossed: the file is refused where it crosses it.
  "tooDeep",
  "tooManyAttributes",
  "tooManyElements",
  "textTooLong",
  "attributeTooLong",
  "notTbx",
  // One concept, language section or term is not imported; the rest is.
  "invalidLanguageTag",
  "missingLanguageTag",
  "emptyTerm",
  "conceptWithoutTerms",
  "duplicateConceptId",
  "tooManyTerms",
  // Imported, but not exactly as the file says.
  "duplicateLanguageSection",
  "duplicateTerm",
  "duplicateValue",
  "unsupportedDataCategory",
  "unsupportedElement",
  "valueMapped",
  "unknownValue",
  "invalidDate",
  "statusMissing",
  "replacementCharacter",
  "noConcepts",
] as const;
export type TbxIssueCode = (typeof tbxIssueCodes)[number];

export type TbxIssue = ImportIssue<TbxIssueCode>;

export type TbxDialect = {
  /** 2 for TBX 2008 (`martif`), 3 for ISO 30042:2019 (`tbx`). */
  version: 2 | 3;
  /** The root's type attribute: "TBX-Basic", "TBX-Core", "TBX". */
  type: string;
  style: "dca" | "dct";
};

export type TbxReadResult = {
  /** null when the file was refused; the reason is in report.errors. */
  glossary: Glossary | null;
  concepts: Concept[];
  /** The line of each concept's entry, by position in `concepts`, so a later check can point at the file. */
  lines: number[];
  dialect: TbxDialect | null;
  report: ImportReport<TbxIssueCode>;
};
