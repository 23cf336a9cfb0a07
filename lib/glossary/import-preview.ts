// What the import page shows before anything is written: the file's own errors and warnings (with line and
// element), then the plan — entries to add, to change (with each change), unchanged, rejected (with reasons). Pure.
// An entry the file's reader already dropped (no terms, a repeated id, too many terms) is a rejected entry too:
// counted and listed with the plan's rejections, not only among the file's errors, so the counts say what the lists show.
import type { GlossaryFileRead, GlossaryIssueCode } from "../formats/read-glossary-file";
import type { ImportIssue, ImportReport } from "../formats/import-report";
import { planImport, type FieldChange, type RejectReason } from "./import-plan";
import type { Concept } from "./types";

/** Rows shown per list; the counts are always complete. */
const SHOWN = 200;

export type ImportPreview = {
  /** The glossary version the preview was made at: the confirmation must find the same. */
  version: number;
  /** The file was refused whole (malformed, wrong encoding, empty, too large): nothing can be imported. */
  refused: boolean;
  errors: ImportIssue<GlossaryIssueCode>[];
  warnings: ImportIssue<GlossaryIssueCode>[];
  counts: { add: number; change: number; unchanged: number; reject: number };
  add: { line?: number; label: string; languages: string[] }[];
  change: { line?: number; label: string; changes: FieldChange[] }[];
  reject: { line?: number; label: string; reasons: RejectReason[] }[];
};

const label = (concept: Concept) => concept.terms.find((term) => term.text.trim())?.text ?? concept.id ?? "";

type RejectedEntry = ImportPreview["reject"][number];

// The reader's errors that drop a whole entry, as the plan's reasons word them; `detail` is the entry's id for the
// first two, the limit for the third.
const entryErrors: Partial<Record<GlossaryIssueCode, (detail: string) => { reason: RejectReason; id?: string }>> = {
  conceptWithoutTerms: (id) => ({ reason: { code: "noTerms" }, id }),
  duplicateConceptId: (id) => ({ reason: { code: "duplicateId", conceptIds: [id] }, id }),
  tooManyTerms: (limit) => ({ reason: { code: "tooManyTerms", limit: Number(limit) } }),
};

/**
 * The entries a file's reader dropped whole, each with its line, its first term (or id) and the reason; `errors` is
 * the rest of the file's errors.
 * @example readerRejections({ errors: [{ code: "duplicateConceptId", line: 40, detail: "c7", terms: ["Astana"] }], warnings: [] })
 * // { rejected: [{ line: 40, label: "Astana", reasons: [{ code: "duplicateId", conceptIds: ["c7"] }] }], errors: [] }
 */
export function readerRejections(report: ImportReport<GlossaryIssueCode>): {
  rejected: RejectedEntry[];
  errors: ImportIssue<GlossaryIssueCode>[];
} {
  const rejected: RejectedEntry[] = [];
  const errors: ImportIssue<GlossaryIssueCode>[] = [];
  for (const issue of report.errors) {
    const entry = entryErrors[issue.code]?.(issue.detail);
    if (!entry) errors.push(issue);
    else rejected.push({ line: issue.line, label: issue.terms?.[0] ?? entry.id ?? "", reasons: [entry.reason] });
  }
  return { rejected, errors };
}

/**
 * The preview of a read file against the glossary's stored concepts, at the glossary's current version.
 * @example previewImport(7, readGlossaryFile({ format: "tbx", content }), stored)
 * // { version: 7, refused: false, counts: { add: 2, change: 1, unchanged: 40, reject: 0 }, add: [{ line: 12, label: "Astana", … }], … }
 */
export function previewImport(version: number, read: GlossaryFileRead, existing: readonly Concept[]): ImportPreview {
  const base = {
    version,
    errors: read.report.errors.slice(0, SHOWN),
    warnings: read.report.warnings.slice(0, SHOWN),
  };
  if (!read.glossary) {
    return {
      ...base,
      refused: true,
      counts: { add: 0, change: 0, unchanged: 0, reject: 0 },
      add: [],
      change: [],
      reject: [],
    };
  }
  const plan = planImport(existing, read.concepts);
  const line = (index: number) => read.lines[index];
  const fromReader = readerRejections(read.report);
  const reject = [
    ...fromReader.rejected,
    ...plan.reject.map(({ index, concept, reasons }) => ({ line: line(index), label: label(concept), reasons })),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    ...base,
    errors: fromReader.errors.slice(0, SHOWN),
    refused: false,
    counts: {
      add: plan.add.length,
      change: plan.change.length,
      unchanged: plan.unchanged.length,
      reject: reject.length,
    },
    add: plan.add.slice(0, SHOWN).map(({ index, concept }) => ({
      line: line(index),
      label: label(concept),
      languages: [...new Set(concept.terms.map((term) => term.language))],
    })),
    change: plan.change
      .slice(0, SHOWN)
      .map(({ index, incoming, changes }) => ({ line: line(index), label: label(incoming), changes })),
    reject: reject.slice(0, SHOWN),
  };
}
