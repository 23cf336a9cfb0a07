// What the import page shows before anything is written: the file's own errors and warnings (with line and
// element), then the plan — entries to add, to change (with each change), unchanged, rejected (with reasons).
// The confirmation reads the same file again and applyImport makes the same plan at the version previewed.
import { readGlossaryFile, type GlossaryFile, type GlossaryIssueCode } from "../../lib/formats/read-glossary-file.ts";
import type { ImportIssue } from "../../lib/formats/import-report.ts";
import { planImport, type FieldChange, type RejectReason } from "../../lib/glossary/import-plan.ts";
import type { Concept } from "../../lib/glossary/types.ts";
import type { Db } from "../db.ts";
import { AppError } from "../errors.ts";
import { loadGlossaryConcepts } from "./queries.ts";

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

export async function readUpload(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export async function previewImport(db: Db, glossaryId: string, file: GlossaryFile): Promise<ImportPreview> {
  const glossary = await db.glossary.findUnique({ where: { id: glossaryId }, select: { version: true } });
  if (!glossary) throw new AppError("NOT_FOUND", "No such glossary");
  const read = readGlossaryFile(file);
  const base = {
    version: glossary.version,
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
  const plan = planImport(await loadGlossaryConcepts(db, glossaryId), read.concepts);
  const line = (index: number) => read.lines[index];
  return {
    ...base,
    refused: false,
    counts: {
      add: plan.add.length,
      change: plan.change.length,
      unchanged: plan.unchanged.length,
      reject: plan.reject.length,
    },
    add: plan.add.slice(0, SHOWN).map(({ index, concept }) => ({
      line: line(index),
      label: label(concept),
      languages: [...new Set(concept.terms.map((term) => term.language))],
    })),
    change: plan.change
      .slice(0, SHOWN)
      .map(({ index, incoming, changes }) => ({ line: line(index), label: label(incoming), changes })),
    reject: plan.reject
      .slice(0, SHOWN)
      .map(({ index, concept, reasons }) => ({ line: line(index), label: label(concept), reasons })),
  };
}
