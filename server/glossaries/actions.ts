"use server";
// Server actions on glossaries: editors create, publish and delete glossaries, edit and delete entries, review
// proposals and dismiss (or restore) term candidates; contributors propose terms. Each is the factory's checks
// (server/action.ts) plus one mutation. Files are
// imported through the upload routes (app/api/v1/glossaries/[idOrSlug]/imports), which stream them.
import { refresh } from "next/cache";
import type { z } from "zod";
import type { Term } from "../../lib/glossary/types.ts";
import { decide } from "../../lib/auth/permissions.ts";
import { defineAction } from "../action.ts";
import { assertAllowed } from "../policy.ts";
import { dismissTermCandidate, restoreTermCandidate } from "./candidates/mutations.ts";
import { createConcept, deleteConcept, updateConcept } from "./concepts/mutations.ts";
import { createGlossary, deleteGlossary, setGlossaryPublished } from "./mutations.ts";
import { getGlossary } from "./queries.ts";
import { proposeTerm, reviewProposal } from "./proposals/mutations.ts";
import {
  createConceptSchema,
  createGlossarySchema,
  deleteConceptSchema,
  deleteGlossarySchema,
  dismissTermCandidateSchema,
  proposeTermSchema,
  restoreTermCandidateSchema,
  reviewProposalSchema,
  setGlossaryPublishedSchema,
  termFieldsSchema,
  updateConceptSchema,
} from "./schema.ts";

export const createGlossaryAction = defineAction({
  action: "glossary.create",
  schema: createGlossarySchema,
  handler: async (viewer, input) => createGlossary({ ...input, actorId: viewer.id }),
});

export const setGlossaryPublishedAction = defineAction({
  action: "glossary.publish",
  schema: setGlossaryPublishedSchema,
  handler: async (viewer, input) => setGlossaryPublished({ ...input, actorId: viewer.id }),
  after: () => refresh(),
});

/** The glossary's creator or an admin (the rule's ownOnly); the seed's glossaries have no creator: admins only. */
export const deleteGlossaryAction = defineAction({
  action: "glossary.delete",
  schema: deleteGlossarySchema,
  handler: async (viewer, input) => {
    const glossary = await getGlossary(input.glossaryId);
    assertAllowed(viewer, "glossary.delete", { ownerId: glossary.createdById ?? "" });
    return deleteGlossary({ ...input, glossaryId: glossary.id, actorId: viewer.id });
  },
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

export const proposeTermAction = defineAction({
  action: "term.propose",
  schema: proposeTermSchema,
  handler: async (viewer, input) =>
    proposeTerm({ ...input, authorId: viewer.id, includeDrafts: decide(viewer, "glossary.readDrafts").allowed }),
  after: () => refresh(),
});

export const reviewProposalAction = defineAction({
  action: "proposal.review",
  schema: reviewProposalSchema,
  handler: async (viewer, input) => reviewProposal({ ...input, reviewerId: viewer.id }),
  after: () => refresh(),
});

export const dismissTermCandidateAction = defineAction({
  action: "termCandidate.dismiss",
  schema: dismissTermCandidateSchema,
  handler: async (viewer, input) => dismissTermCandidate({ ...input, actorId: viewer.id }),
  after: () => refresh(),
});

export const restoreTermCandidateAction = defineAction({
  action: "termCandidate.restore",
  schema: restoreTermCandidateSchema,
  handler: async (viewer, input) => restoreTermCandidate({ ...input, actorId: viewer.id }),
  after: () => refresh(),
});
