// Property test (fast-check) of every server action: each is called through `run` (server/action.ts)
// as each kind of caller with valid inputs that have one to three places swapped for hostile values
// (NUL, lone surrogates, 300,000 characters, 5,000 levels of nesting, files of random bytes), as a
// JSON client or a form (FormData) would send them. Whatever comes in: a result or a known error
// code, never INTERNAL, no stack trace, and a refusal changes nothing in the database.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../api-tokens/mutations.ts";
import type { ActionResult } from "../action.ts";
import type { SessionViewer } from "../auth.ts";
import { dismissTermCandidate } from "../glossaries/candidates/mutations.ts";
import { createConcept } from "../glossaries/concepts/mutations.ts";
import { proposeTerm } from "../glossaries/proposals/mutations.ts";
import { getGlossary } from "../glossaries/queries.ts";
import { astanaConcept, createTestGlossary } from "../testing/glossary-fixtures.ts";
import { hostileValue, jsonText, mutatedInput } from "../testing/fuzz-inputs.ts";
import { exportedFunctions, findMutationSources } from "../testing/mutation-inventory.ts";
import { createTestUser } from "../testing/test-users.ts";
import { updateProfileAction } from "../users/actions.ts";
import { locales } from "../../i18n/locales.ts";
import { fieldErrorCodes } from "../../lib/validation/field-errors.ts";
import {
  createCallers,
  expectNoStackTrace,
  fuzzRuns,
  fuzzTimeout,
  knownCodes,
  subjects,
  trackDatabase,
  type Caller,
} from "./fuzz-harness.ts";

type Fixtures = {
  glossaryId: string;
  conceptId: string;
  proposalId: string;
  tokenId: string;
  userId: string;
  /** A glossary of its own for the delete action, whose first allowed call takes it away. */
  doomedGlossary: { id: string; name: string };
  dismissalId: string;
};

const term = {
  language: "en",
  text: "Astana",
  status: "preferred",
  statusNote: { text: "Since 2022", date: "2022-09-17" },
};
const conceptFields = { subjectField: "geography", definition: "Capital", perLanguage: { fr: { note: "Capitale" } } };

/**
 * Valid inputs of each action, from which the hostile ones are made: one line per action. A new
 * action fails "has an entry for every server action" until it has one.
 */
const actionSeeds: Record<string, (f: Fixtures) => Record<string, unknown>[]> = {
  "server/users/actions.ts#setUserRoleAction": (f) => [{ userId: f.userId, role: "contributor" }],
  "server/users/actions.ts#setUserDisabledAction": (f) => [{ userId: f.userId, disabled: "false" }],
  "server/users/actions.ts#updateProfileAction": () => [
    { name: "Aigerim", uiLocale: "kk", readingLanguage: "zh-Hans" },
  ],
  "server/api-tokens/actions.ts#createApiTokenAction": () => [{ name: "fuzz token" }],
  "server/api-tokens/actions.ts#revokeApiTokenAction": (f) => [{ tokenId: f.tokenId }],
  "server/glossaries/actions.ts#createGlossaryAction": () => [
    { name: "Fuzz", languages: ["en", "fr"], subjectFields: ["law"] },
  ],
  "server/glossaries/actions.ts#setGlossaryPublishedAction": (f) => [
    { glossaryId: f.glossaryId, isPublished: true },
    { glossaryId: f.glossaryId, isPublished: "false" },
  ],
  "server/glossaries/actions.ts#deleteGlossaryAction": (f) => [
    { glossaryId: f.doomedGlossary.id, confirmName: f.doomedGlossary.name },
    { glossaryId: f.doomedGlossary.id, confirmName: "not its name" },
  ],
  "server/glossaries/actions.ts#createConceptAction": (f) => [
    { glossaryId: f.glossaryId, ...conceptFields, terms: [term] },
  ],
  "server/glossaries/actions.ts#updateConceptAction": (f) => [
    { conceptId: f.conceptId, version: 1, ...conceptFields, terms: [term] },
  ],
  "server/glossaries/actions.ts#deleteConceptAction": (f) => [{ conceptId: f.conceptId, version: "1" }],
  "server/glossaries/actions.ts#proposeTermAction": (f) => [
    { glossaryId: f.glossaryId, conceptId: f.conceptId, language: "kk", text: "Астана", note: "Ескерту" },
  ],
  "server/glossaries/actions.ts#reviewProposalAction": (f) => [
    { proposalId: f.proposalId, decision: "accept", text: "Астана", status: "preferred", reviewNote: "ok" },
    { proposalId: f.proposalId, decision: "decline" },
  ],
  "server/glossaries/actions.ts#dismissTermCandidateAction": () => [
    { language: "fr", key: "renforcer les echanges", text: "renforcer les échanges" },
    { language: "zh", key: "丝绸之路", text: "丝绸之路" },
  ],
  "server/glossaries/actions.ts#restoreTermCandidateAction": (f) => [{ dismissalId: f.dismissalId }],
};

/** What a form post turns the input into: each field a string or a file (server/action.ts reads FormData so). */
function asFormFields(input: unknown): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) {
    if (value instanceof Blob) form.append(key, value);
    else form.append(key, typeof value === "string" ? value : jsonText(value));
  }
  return Object.fromEntries(form);
}

type Runnable = { run?: (viewer: SessionViewer | null, input: unknown) => Promise<ActionResult<unknown>> };

let actions: Record<string, Runnable>;
let callers: Record<string, Caller>;
let fixtures: Fixtures;

beforeAll(async () => {
  actions = (await exportedFunctions(findMutationSources().actionModules, () => true)) as Record<string, Runnable>;
  callers = await createCallers("fuzz-action");
  const owner = await createTestUser("contributor", { label: "fuzz-owner" });
  const glossary = await createTestGlossary(owner.id, "Fuzz glossary");
  const concept = await createConcept({ glossaryId: glossary.id, concept: astanaConcept, actorId: null });
  const proposal = await proposeTerm({ glossaryId: glossary.id, language: "fr", text: "Astana", authorId: owner.id });
  const token = await createApiToken({ userId: owner.id, name: "fuzz target" });
  const doomed = await createTestGlossary(owner.id, "Fuzz doomed glossary");
  const dismissal = await dismissTermCandidate({
    language: "en",
    key: `fuzz phrase ${Math.random()}`,
    text: "fuzz phrase",
    actorId: owner.id,
  });
  fixtures = {
    doomedGlossary: { id: doomed.id, name: (await getGlossary(doomed.id)).name },
    glossaryId: glossary.id,
    conceptId: concept.id,
    proposalId: proposal.id,
    tokenId: token.id,
    userId: owner.id,
    dismissalId: dismissal.id,
  };
});

describe("the fuzz table covers the code", () => {
  it("has an entry for every exported server action, and none for one that is gone", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(actionSeeds).sort());
  });
});

function expectKnownAnswer(result: ActionResult<unknown>) {
  expectNoStackTrace(JSON.stringify(result) ?? "");
  if (result.ok) return;
  expect(knownCodes).toContain(result.code);
  for (const { code } of result.fields ?? []) expect(fieldErrorCodes).toContain(code);
}

describe.each(Object.keys(actionSeeds))("server action %s", (key) => {
  it(
    "answers any input from any caller with a result or a known code, and a refusal changes nothing",
    async () => {
      const action = actions[key];
      expect(action?.run, `${key} is built with defineAction (server/action.ts)`).toBeTypeOf("function");
      const database = await trackDatabase();
      const input = fc.oneof(
        { weight: 3, arbitrary: mutatedInput(actionSeeds[key](fixtures)) },
        { weight: 1, arbitrary: mutatedInput(actionSeeds[key](fixtures)).map(asFormFields) },
        { weight: 1, arbitrary: hostileValue },
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...subjects), input, async (subject, value) => {
          const result = await action.run!(callers[subject].viewer, value);
          expectKnownAnswer(result);
          await database.check(!result.ok);
        }),
        fuzzRuns(40),
      );
    },
    fuzzTimeout,
  );
});

describe("what an accepted profile holds", () => {
  it("is a supported interface locale and a canonical language tag, whatever was sent", async () => {
    const input = mutatedInput([
      { name: "Aigerim", uiLocale: "kk", readingLanguage: "ZH-hans" },
      { name: "Aigerim", uiLocale: "", readingLanguage: "sr-Latn-RS" },
    ]);
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const result = await updateProfileAction.run(callers.reader.viewer, value);
        if (!result.ok) return;
        expect([null, ...locales]).toContain(result.data.uiLocale);
        if (result.data.readingLanguage)
          expect(Intl.getCanonicalLocales(result.data.readingLanguage)).toEqual([result.data.readingLanguage]);
      }),
      fuzzRuns(40),
    );
  });
});
