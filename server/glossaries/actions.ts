"use server";
// Server actions on glossaries: editors create glossaries, edit and delete entries, import files and review
// proposals; contributors propose terms. Each is the factory's checks (server/action.ts) plus one mutation.
import { refresh } from "next/cache";
import type { z } from "zod";
import { readGlossaryFile } from "../../lib/formats/read-glossary-file.ts";
import type { Term } from "../../lib/glossary/types.ts";
import { defineAction } from "../action.ts";
import { AppError } from "../errors.ts";
import { createConcept, deleteConcept, updateConcept } from "./concepts/mutations.ts";
import { applyImport } from "./imports/mutations.ts";
import { getImportPreview } from "./imports/queries.ts";
import { createGlossary } from "./mutations.ts";
import { proposeTerm, reviewProposal } from "./proposals/mutations.ts";
import {
  applyImportSchema,
  createConceptSchema,
  createGlossarySchema,
  deleteConceptSchema,
  glossaryUploadSchema,
  proposeTermSchema,
  reviewProposalSchema,
  termFieldsSchema,
  updateConceptSchema,
} from "./schema.ts";

export const createGlossaryAction = defineAction({
  action: "glossary.create",
  schema: createGlossarySchema,
  handler: async (viewer, input) => createGlossary({ ...input, actorId: viewer.id }),
});

const toTerm = ({ id: _id, ...term }: z.output<typeof termFieldsSchema>): Term => term;

export const createConceptAction = defineAction({
  action: "concept.create",
  schema: createConceptSchema,
  handler: async (viewer, { glossaryId, terms, ...concept }) =>
    createConcept({ glossaryId, concept: { ...concept, terms: terms.map(toTerm) }, actorId: viewer.id }),
  after: () => refresh(),
});

/** A save over a newer version answers CONFLICT with the entry as it now is (ActionResult.conflict). */
export const updateConceptAction = defineAction({
  action: "concept.update",
  schema: updateConceptSchema,
  handler: async (viewer, { conceptId, version, terms, ...concept }) =>
    updateConcept({
      conceptId,
      version,
      concept: { ...concept, terms: terms.map(toTerm) },
      termIds: terms.map((term) => term.id ?? null),
      actorId: viewer.id,
    }),
  after: () => refresh(),
});

export const deleteConceptAction = defineAction({
  action: "concept.delete",
  schema: deleteConceptSchema,
  handler: async (viewer, input) => deleteConcept({ ...input, actorId: viewer.id }),
});

async function readFile(input: z.output<typeof glossaryUploadSchema>) {
  const content = new Uint8Array(await input.file.arrayBuffer());
  if (input.format === "tbx") return { format: "tbx" as const, content };
  if (!input.mapping) throw new AppError("INVALID_INPUT", "A CSV import needs a column mapping");
  return { format: "csv" as const, content, mapping: input.mapping };
}

/** Reads and plans an upload; writes nothing. */
export const previewImportAction = defineAction({
  action: "glossary.import",
  schema: glossaryUploadSchema,
  handler: async (_viewer, input) => getImportPreview(input.glossaryId, await readFile(input)),
});

/** The same file again, planned again at the version the preview showed, applied in one transaction. */
export const applyImportAction = defineAction({
  action: "glossary.import",
  schema: applyImportSchema,
  handler: async (viewer, input) => {
    // applyImport plans again against the stored glossary; here the file only has to be read.
    const read = readGlossaryFile(await readFile(input));
    if (!read.glossary) throw new AppError("INVALID_INPUT", "The file cannot be imported");
    return applyImport({
      glossaryId: input.glossaryId,
      concepts: read.concepts,
      expectedVersion: input.expectedVersion,
      actorId: viewer.id,
      origin: input.file.name,
      skipRejected: input.skipRejected,
    });
  },
  after: () => refresh(),
});

export const proposeTermAction = defineAction({
  action: "term.propose",
  schema: proposeTermSchema,
  handler: async (viewer, input) => proposeTerm({ ...input, authorId: viewer.id }),
  after: () => refresh(),
});

export const reviewProposalAction = defineAction({
  action: "proposal.review",
  schema: reviewProposalSchema,
  handler: async (viewer, input) => reviewProposal({ ...input, reviewerId: viewer.id }),
  after: () => refresh(),
});
