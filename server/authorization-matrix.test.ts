// The authorization matrix: every mutating route handler and every server action, found in the
// code, called for real (real database, real policy) by each kind of caller, with the expected
// allow or deny. A new mutation without an entry here fails the "is in the matrix" tests.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { isAction } from "../lib/auth/permissions.ts";
import type { SessionViewer } from "./auth.ts";
import { createApiToken } from "./api-tokens/mutations.ts";
import { dismissTermCandidate } from "./glossaries/candidates/mutations.ts";
import { createConcept } from "./glossaries/concepts/mutations.ts";
import { createGlossary } from "./glossaries/mutations.ts";
import { proposeTerm } from "./glossaries/proposals/mutations.ts";
import type { ActionResult } from "./action.ts";
import { exportedFunctions, findMutationSources, loadModule } from "./testing/mutation-inventory.ts";
import { getTestDb } from "./testing/test-db.ts";
import { bearerFor, createTestUser, type TestUser } from "./testing/test-users.ts";

const subjects = ["anonymous", "reader", "contributor", "editor", "admin", "disabled"] as const;
type Subject = (typeof subjects)[number];
const signedIn = ["reader", "contributor", "editor", "admin"] as const satisfies Subject[];

/** What a denial must say: who is not signed in (or disabled) is 401, a role short of the rule 403. */
const expectedDenial = (subject: Subject) =>
  subject === "anonymous" || subject === "disabled" ? "UNAUTHENTICATED" : "FORBIDDEN";

type Caller = { subject: Subject; user: TestUser | null; viewer: SessionViewer | null };

type ActionEntry = {
  /** The rule in lib/auth/permissions.ts the action is checked against. */
  rule: string;
  allowed: readonly Subject[];
  /** A valid input for this caller; unique rows, so that calls never depend on each other. */
  input: (caller: Caller) => Promise<Record<string, unknown>>;
  /** The change happened exactly when allowed. */
  verify: (caller: Caller, input: Record<string, unknown>, isAllowed: boolean) => Promise<void>;
  /** A denial other than expectedDenial's, for a rule that hides whether the resource exists. */
  denial?: (subject: Subject) => string;
};

const freshReader = async () => ({ userId: (await createTestUser("reader", { label: "target" })).id });

const editors = ["editor", "admin"] as const satisfies Subject[];
const contributors = ["contributor", "editor", "admin"] as const satisfies Subject[];

/** A glossary of its own per call (published unless said otherwise), with one entry, made directly in the database. */
async function freshGlossary({ isPublished = true, createdBy = null as string | null } = {}) {
  const glossary = await createGlossary({
    name: `Matrix ${Math.random()}`,
    languages: ["en"],
    subjectFields: [],
    actorId: createdBy,
    isPublished,
  });
  const concept = await createConcept({
    glossaryId: glossary.id,
    concept: { terms: [{ language: "en", text: "Astana", status: "preferred" }] },
    actorId: null,
  });
  return { glossaryId: glossary.id, conceptId: concept.id, name: (await glossaryRow(glossary.id))!.name };
}

const glossaryRow = async (id: string) => (await getTestDb()).glossary.findUnique({ where: { id } });

const tbxUpload = (term: string) =>
  new File(
    [
      `<?xml version="1.0" encoding="UTF-8"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>Matrix</p></sourceDesc></fileDesc></tbxHeader><text><body><conceptEntry id="m1"><langSec xml:lang="en"><termSec><term>${term}</term></termSec></langSec></conceptEntry></body></text></tbx>`,
    ],
    "matrix.tbx",
    { type: "application/xml" },
  );

const termCount = async (glossaryId: string, text: string) =>
  (await getTestDb()).term.count({ where: { glossaryId, text } });

const actionMatrix: Record<string, ActionEntry> = {
  "server/users/actions.ts#setUserRoleAction": {
    rule: "user.setRole",
    allowed: ["admin"],
    input: async () => ({ ...(await freshReader()), role: "contributor" }),
    verify: async (_caller, input, isAllowed) => {
      const user = await (await getTestDb()).user.findUniqueOrThrow({ where: { id: String(input.userId) } });
      expect(user.role).toBe(isAllowed ? "contributor" : "reader");
    },
  },
  "server/users/actions.ts#setUserDisabledAction": {
    rule: "user.disable",
    allowed: ["admin"],
    input: async () => ({ ...(await freshReader()), disabled: true }),
    verify: async (_caller, input, isAllowed) => {
      const user = await (await getTestDb()).user.findUniqueOrThrow({ where: { id: String(input.userId) } });
      expect(user.disabled).toBe(isAllowed);
    },
  },
  "server/users/actions.ts#updateProfileAction": {
    rule: "profile.update",
    allowed: signedIn,
    input: async ({ subject }) => ({
      name: `Renamed ${subject} ${Math.random()}`,
      uiLocale: "kk",
      readingLanguage: "zh-Hans",
    }),
    verify: async ({ user }, input, isAllowed) => {
      if (!user) return;
      const stored = await (await getTestDb()).user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stored.name === input.name).toBe(isAllowed);
      if (isAllowed) expect(stored).toMatchObject({ uiLocale: "kk", readingLanguage: "zh-Hans" });
    },
  },
  "server/api-tokens/actions.ts#createApiTokenAction": {
    rule: "apiToken.create",
    allowed: signedIn,
    input: async () => ({ name: `matrix ${Math.random()}` }),
    verify: async ({ user }, input, isAllowed) => {
      if (!user) return;
      const count = await (await getTestDb()).apiToken.count({ where: { userId: user.id, name: String(input.name) } });
      expect(count).toBe(isAllowed ? 1 : 0);
    },
  },
  "server/api-tokens/actions.ts#revokeApiTokenAction": {
    rule: "apiToken.revoke",
    // Every caller aims at someone else's token (revoking one's own is in api-tokens.test.ts): only an
    // admin may. A signed-in non-admin is told NOT_FOUND, not FORBIDDEN: the rule hides others'
    // tokens (hidesOthers in lib/auth/permissions.ts), so that the answer is the one for an id that
    // does not exist and cannot be used to probe which token ids exist.
    allowed: ["admin"],
    denial: (subject) => (subject === "anonymous" || subject === "disabled" ? "UNAUTHENTICATED" : "NOT_FOUND"),
    input: async () => {
      const owner = await createTestUser("reader", { label: "owner" });
      return { tokenId: (await createApiToken({ userId: owner.id, name: "to revoke" })).id };
    },
    verify: async (_caller, input, isAllowed) => {
      const count = await (await getTestDb()).apiToken.count({ where: { id: String(input.tokenId) } });
      expect(count).toBe(isAllowed ? 0 : 1);
    },
  },
  "server/glossaries/actions.ts#createGlossaryAction": {
    rule: "glossary.create",
    allowed: editors,
    input: async () => ({ name: `Matrix glossary ${Math.random()}`, languages: ["en", "fr"] }),
    verify: async (_caller, input, isAllowed) => {
      expect(await (await getTestDb()).glossary.count({ where: { name: String(input.name) } })).toBe(isAllowed ? 1 : 0);
    },
  },
  "server/glossaries/actions.ts#setGlossaryPublishedAction": {
    rule: "glossary.publish",
    allowed: editors,
    input: async () => ({ glossaryId: (await freshGlossary({ isPublished: false })).glossaryId, isPublished: true }),
    verify: async (_caller, input, isAllowed) => {
      const glossary = await glossaryRow(String(input.glossaryId));
      expect(glossary?.publishedAt !== null).toBe(isAllowed);
    },
  },
  "server/glossaries/actions.ts#deleteGlossaryAction": {
    rule: "glossary.delete",
    // Every caller aims at a glossary someone else created: only an admin may delete it. An editor may delete
    // the ones they created (server/glossaries/glossary-lifecycle.test.ts).
    allowed: ["admin"],
    input: async () => {
      const owner = await createTestUser("editor", { label: "glossary-owner" });
      const { glossaryId, name } = await freshGlossary({ createdBy: owner.id });
      return { glossaryId, confirmName: name };
    },
    verify: async (_caller, input, isAllowed) => {
      expect(await glossaryRow(String(input.glossaryId))).toSatisfy((row) => (row === null) === isAllowed);
      expect(await termCount(String(input.glossaryId), "Astana")).toBe(isAllowed ? 0 : 1);
    },
  },
  "server/glossaries/actions.ts#createConceptAction": {
    rule: "concept.create",
    allowed: editors,
    input: async () => ({
      glossaryId: (await freshGlossary()).glossaryId,
      terms: [{ language: "fr", text: "Asie centrale", status: "preferred" }],
    }),
    verify: async (_caller, input, isAllowed) =>
      expect(await termCount(String(input.glossaryId), "Asie centrale")).toBe(isAllowed ? 1 : 0),
  },
  "server/glossaries/actions.ts#updateConceptAction": {
    rule: "concept.update",
    allowed: editors,
    input: async () => ({
      ...(await freshGlossary()),
      version: 1,
      terms: [{ language: "en", text: "Nur-Sultan", status: "superseded" }],
    }),
    verify: async (_caller, input, isAllowed) =>
      expect(await termCount(String(input.glossaryId), "Nur-Sultan")).toBe(isAllowed ? 1 : 0),
  },
  "server/glossaries/actions.ts#deleteConceptAction": {
    rule: "concept.delete",
    allowed: editors,
    input: async () => ({ ...(await freshGlossary()), version: 1 }),
    verify: async (_caller, input, isAllowed) => {
      expect(await (await getTestDb()).concept.count({ where: { id: String(input.conceptId) } })).toBe(
        isAllowed ? 0 : 1,
      );
    },
  },
  "server/glossaries/actions.ts#proposeTermAction": {
    rule: "term.propose",
    allowed: contributors,
    input: async () => ({ ...(await freshGlossary()), language: "ru", text: "Астана" }),
    verify: async (_caller, input, isAllowed) => {
      const db = await getTestDb();
      expect(await db.termProposal.count({ where: { glossaryId: String(input.glossaryId), text: "Астана" } })).toBe(
        isAllowed ? 1 : 0,
      );
      // A proposal is not an entry change.
      expect(await termCount(String(input.glossaryId), "Астана")).toBe(0);
    },
  },
  "server/glossaries/actions.ts#reviewProposalAction": {
    rule: "proposal.review",
    allowed: editors,
    input: async () => {
      const { glossaryId, conceptId } = await freshGlossary();
      const author = await createTestUser("contributor", { label: "proposer" });
      const proposal = await proposeTerm({
        glossaryId,
        conceptId,
        language: "kk",
        text: "Астана",
        authorId: author.id,
      });
      return { proposalId: proposal.id, decision: "accept", text: "Астана", status: "preferred", glossaryId };
    },
    verify: async (_caller, input, isAllowed) => {
      expect(await termCount(String(input.glossaryId), "Астана")).toBe(isAllowed ? 1 : 0);
      const proposal = await (
        await getTestDb()
      ).termProposal.findUniqueOrThrow({ where: { id: String(input.proposalId) } });
      expect(proposal.status).toBe(isAllowed ? "accepted" : "pending");
    },
  },
  "server/glossaries/actions.ts#dismissTermCandidateAction": {
    rule: "termCandidate.dismiss",
    allowed: editors,
    input: async () => {
      const key = `matrix phrase ${Math.random()}`;
      return { language: "en", key, text: key };
    },
    verify: async (_caller, input, isAllowed) => {
      const count = await (
        await getTestDb()
      ).dismissedTermCandidate.count({ where: { language: "en", key: String(input.key) } });
      expect(count).toBe(isAllowed ? 1 : 0);
    },
  },
  "server/glossaries/actions.ts#restoreTermCandidateAction": {
    rule: "termCandidate.restore",
    allowed: editors,
    input: async () => {
      const dismisser = await createTestUser("editor", { label: "dismisser" });
      const key = `matrix phrase ${Math.random()}`;
      const { id } = await dismissTermCandidate({ language: "en", key, text: key, actorId: dismisser.id });
      return { dismissalId: id };
    },
    verify: async (_caller, input, isAllowed) => {
      const count = await (
        await getTestDb()
      ).dismissedTermCandidate.count({ where: { id: String(input.dismissalId) } });
      expect(count).toBe(isAllowed ? 0 : 1);
    },
  },
};

type RouteEntry = {
  rule: string;
  allowed: readonly Subject[];
  /** The response, and a check that the change happened exactly when allowed. */
  call: (
    caller: Caller,
    handler: Handler,
  ) => Promise<{ response: Response; verify?: (isAllowed: boolean) => Promise<void> }>;
};
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A glossary upload as the import page sends it: the raw file, the rest in the query, the caller's token. */
async function postUpload(caller: Caller, handler: Handler, path: string, query: string) {
  const { glossaryId } = await freshGlossary();
  const headers = caller.user ? { authorization: await bearerFor(caller.user.id) } : undefined;
  const url = `http://localhost/api/v1/glossaries/${glossaryId}/${path}?format=tbx&${query}`;
  const response = await handler(new NextRequest(url, { method: "POST", body: tbxUpload("Khorgos"), headers }), {
    params: Promise.resolve({ idOrSlug: glossaryId }),
  });
  return { glossaryId, response };
}

/**
 * Route handlers that change something (POST, PUT, PATCH, DELETE): the glossary uploads. GET
 * /api/v1/me is listed too, so the API's credential handling is held to the same matrix.
 */
const routeMatrix: Record<string, RouteEntry> = {
  "app/api/v1/me/route.ts#GET": {
    rule: "profile.read",
    allowed: signedIn,
    call: async ({ user }, handler) => {
      const headers = user ? { authorization: await bearerFor(user.id) } : undefined;
      return {
        response: await handler(new NextRequest("http://localhost/api/v1/me", { headers }), {
          params: Promise.resolve({}),
        }),
      };
    },
  },
  "app/api/v1/glossaries/[idOrSlug]/imports/preview/route.ts#POST": {
    rule: "glossary.import",
    allowed: editors,
    call: async (caller, handler) => {
      const { glossaryId, response } = await postUpload(caller, handler, "imports/preview", "");
      // A preview writes nothing, for anyone.
      return { response, verify: async () => expect(await termCount(glossaryId, "Khorgos")).toBe(0) };
    },
  },
  "app/api/v1/glossaries/[idOrSlug]/imports/route.ts#POST": {
    rule: "glossary.import",
    allowed: editors,
    call: async (caller, handler) => {
      const { glossaryId, response } = await postUpload(caller, handler, "imports", "expectedVersion=2");
      return {
        response,
        verify: async (isAllowed) => expect(await termCount(glossaryId, "Khorgos")).toBe(isAllowed ? 1 : 0),
      };
    },
  },
};

/** Mutating handlers deliberately outside the matrix, with the reason. */
const routeExceptions: Record<string, string> = {
  "app/api/auth/[...all]/route.ts#POST":
    "better-auth's endpoints (sign-up, sign-in, sign-out, change password, password reset, …): they authenticate rather " +
    "than authorize, and server/auth.test.ts, server/auth-guards.test.ts, server/password-reset.test.ts and " +
    "server/fuzz/route-handlers.test.ts test them through the same handler",
};

type Runnable = { run?: (viewer: SessionViewer | null, input: unknown) => Promise<ActionResult<unknown>> };
let actions: Record<string, Runnable>;
let mutatingRoutes: Record<string, unknown>;
let callers: Record<Subject, Caller>;

const { actionModules, inlineServerFunctions, routeFiles } = findMutationSources();

beforeAll(async () => {
  actions = (await exportedFunctions(actionModules, () => true)) as Record<string, Runnable>;
  mutatingRoutes = await exportedFunctions(routeFiles, (name) => ["POST", "PUT", "PATCH", "DELETE"].includes(name));
  const entries = await Promise.all(
    subjects.map(async (subject): Promise<[Subject, Caller]> => {
      if (subject === "anonymous") return [subject, { subject, user: null, viewer: null }];
      // The disabled caller was an admin: being disabled must outweigh any role.
      const user = await createTestUser(subject === "disabled" ? "admin" : subject, {
        disabled: subject === "disabled",
        label: `matrix-${subject}`,
      });
      return [subject, { subject, user, viewer: user.viewer }];
    }),
  );
  callers = Object.fromEntries(entries) as Record<Subject, Caller>;
});

describe("the matrix covers the code", () => {
  it("finds the server actions and the route handlers", () => {
    expect(actionModules.length).toBeGreaterThan(0);
    expect(routeFiles).toContain("app/api/auth/[...all]/route.ts");
  });

  it("has an entry for every exported server action, and no entry for one that is gone", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(actionMatrix).sort());
  });

  it("has an entry or a documented exception for every mutating route handler", () => {
    const covered = [...Object.keys(routeMatrix), ...Object.keys(routeExceptions)];
    expect(Object.keys(mutatingRoutes).filter((key) => !covered.includes(key))).toEqual([]);
    expect(Object.keys(routeExceptions).filter((key) => !(key in mutatingRoutes))).toEqual([]);
  });

  it("names real rules", () => {
    for (const entry of [...Object.values(actionMatrix), ...Object.values(routeMatrix)])
      expect(isAction(entry.rule)).toBe(true);
  });

  it('has server functions only in "use server" modules, where it can find them', () => {
    expect(inlineServerFunctions).toEqual([]);
  });
});

describe.each(Object.entries(actionMatrix))("server action %s", (key, entry) => {
  it.each(subjects)(`${entry.rule}: %s`, async (subject) => {
    const action = actions[key];
    expect(action?.run, `${key} is built with defineAction (server/action.ts)`).toBeTypeOf("function");
    const caller = callers[subject];
    const input = await entry.input(caller);
    const result = await action.run!(caller.viewer, input);
    const isAllowed = entry.allowed.includes(subject);
    expect(result.ok ? { ok: true } : { ok: false, code: result.code }).toEqual(
      isAllowed ? { ok: true } : { ok: false, code: (entry.denial ?? expectedDenial)(subject) },
    );
    await entry.verify(caller, input, isAllowed);
  });
});

describe.each(Object.entries(routeMatrix))("route %s", (key, entry) => {
  it.each(subjects)(`${entry.rule}: %s`, async (subject) => {
    const [file, method] = key.split("#");
    const handler = (await loadModule(file))[method] as Handler;
    const { response, verify } = await entry.call(callers[subject], handler);
    const isAllowed = entry.allowed.includes(subject);
    await verify?.(isAllowed);
    if (isAllowed) {
      expect(response.status).toBe(200);
    } else {
      const code = expectedDenial(subject);
      expect({ status: response.status, code: (await response.json()).error.code }).toEqual({
        status: code === "FORBIDDEN" ? 403 : 401,
        code,
      });
    }
  });
});
