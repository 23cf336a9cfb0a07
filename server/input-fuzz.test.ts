// Property tests (fast-check) on what users type: sign-up and sign-in through better-auth's real
// handler, the profile and role changes through their server actions, the API's Authorization
// header. Whatever comes in: never a 5xx (or INTERNAL), and every refusal says why. Runs are
// bounded (numRuns) so that the suite stays fast; a failure prints its shrunk counterexample.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { roles } from "../lib/auth/permissions.ts";
import { locales } from "../i18n/locales.ts";
import type { ActionResult } from "./action.ts";
import type { Auth } from "./auth.ts";
import { errorStatus } from "./errors.ts";
import { createConceptAction, updateConceptAction } from "./glossaries/actions.ts";
import { createConcept } from "./glossaries/concepts/mutations.ts";
import { createGlossary } from "./glossaries/mutations.ts";
import { getTestDb } from "./testing/test-db.ts";
import { callAuth, createTestAuth } from "./testing/test-auth.ts";
import { createTestUser, type TestUser } from "./testing/test-users.ts";
import { setUserDisabledAction, setUserRoleAction, updateProfileAction } from "./users/actions.ts";
import { fieldErrorCodes } from "../lib/validation/field-errors.ts";

const { GET: getMe } = await import("../app/api/v1/me/route.ts");

const runs = { numRuns: 60 };

/** Anything a JSON body can hold, biased towards strings near the fields' limits. */
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", minLength: 70, maxLength: 140 }),
  fc.string({ minLength: 250, maxLength: 300 }),
);
const field = (likely: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 3, arbitrary: likely }, text, fc.jsonValue({ maxDepth: 2 }));
const email = fc.oneof(fc.emailAddress(), fc.constantFrom("a@b", "@example.org", "UPPER@EXAMPLE.ORG", "x@y.z\u0000"));
const password = fc.oneof(
  fc.string({ minLength: 10, maxLength: 40 }),
  fc.string({ maxLength: 9 }),
  fc.string({ minLength: 129, maxLength: 140 }),
);

function expectAuthAnswer(result: { status: number; json: { message?: unknown; code?: unknown } | null }) {
  expect(result.status).toBeLessThan(500);
  if (result.status >= 400) {
    expect(typeof result.json?.message).toBe("string");
    expect(String(result.json?.message).length).toBeGreaterThan(0);
  }
}

const knownCodes = Object.keys(errorStatus).filter((code) => code !== "INTERNAL");

function expectActionAnswer(result: ActionResult<unknown>) {
  if (result.ok) return;
  expect(knownCodes).toContain(result.code);
  if (result.code === "INVALID_INPUT") {
    expect(result.fields?.length).toBeGreaterThan(0);
    for (const { code } of result.fields!) expect(fieldErrorCodes).toContain(code);
  }
}

let auth: Auth;
let admin: TestUser;
let targets: TestUser[];
beforeAll(async () => {
  auth = await createTestAuth();
  admin = await createTestUser("admin", { label: "fuzz-admin" });
  targets = await Promise.all(roles.map((role) => createTestUser(role, { label: "fuzz-target" })));
});

describe("better-auth endpoints", () => {
  it("sign-up answers any body with a 2xx or a 4xx that has a message", async () => {
    const body = fc.oneof(
      fc.record({ name: field(text), email: field(email), password: field(password) }, { requiredKeys: [] }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) =>
        expectAuthAnswer(await callAuth(auth, "/sign-up/email", { body: value })),
      ),
      runs,
    );
  });

  it("sign-in answers any body with a 2xx or a 4xx that has a message", async () => {
    const body = fc.oneof(
      fc.record(
        { email: field(email), password: field(password), rememberMe: field(fc.boolean()) },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) =>
        expectAuthAnswer(await callAuth(auth, "/sign-in/email", { body: value })),
      ),
      runs,
    );
  });

  it("answers a body that is not JSON at all with a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (rawBody) => {
        const result = await callAuth(auth, "/sign-in/email", { rawBody }).catch(() => ({ status: 0, json: null }));
        expect(result.status).toBeGreaterThanOrEqual(200);
        expect(result.status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
  });
});

describe("server actions", () => {
  it("the profile action accepts valid input and refuses the rest with field codes", async () => {
    const user = await createTestUser("reader", { label: "fuzz-profile" });
    const input = fc.oneof(
      fc.record(
        {
          name: field(text),
          uiLocale: field(fc.constantFrom("", ...locales, "de", "EN", "zh-Hans")),
          readingLanguage: field(
            fc.constantFrom(
              "",
              "fr",
              "zh-Hans",
              "ZH-hant",
              "en-12",
              "x-private",
              "i-klingon",
              "sr-Latn-RS",
              "toolong-languagetag",
            ),
          ),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const result = await updateProfileAction.run(user.viewer, value);
        expectActionAnswer(result);
        if (result.ok) {
          expect(result.data.uiLocale === null || (locales as readonly string[]).includes(result.data.uiLocale)).toBe(
            true,
          );
          if (result.data.readingLanguage)
            expect(Intl.getCanonicalLocales(result.data.readingLanguage)).toEqual([result.data.readingLanguage]);
        }
      }),
      runs,
    );
  });

  it("role changes and disabling answer any input with a result, never INTERNAL", async () => {
    const userId = fc.oneof(
      fc.constantFrom(...targets.map((t) => t.id), admin.id),
      text,
      fc.jsonValue({ maxDepth: 1 }),
    );
    const roleChange = fc.record({ userId, role: fc.oneof(fc.constantFrom(...roles), text) }, { requiredKeys: [] });
    const disabling = fc.record(
      { userId, disabled: fc.oneof(fc.constantFrom(true, false, "true", "false"), field(fc.boolean())) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          roleChange.map((v) => ["role", v] as const),
          disabling.map((v) => ["disable", v] as const),
        ),
        async ([kind, value]) => {
          const result =
            kind === "role"
              ? await setUserRoleAction.run(admin.viewer, value)
              : await setUserDisabledAction.run(admin.viewer, value);
          expectActionAnswer(result);
        },
      ),
      runs,
    );
  });
});

describe("glossary entries", () => {
  const term = fc.record(
    {
      language: field(fc.constantFrom("en", "fr", "zh-Hans", "ZH-hans", "kk", "x", "en-12")),
      text: field(fc.constantFrom("Astana", "Asie centrale", "一带一路", "")),
      status: field(fc.constantFrom("preferred", "admitted", "deprecated", "superseded", "forbidden", "approved")),
      partOfSpeech: field(fc.constantFrom("noun", "verb", "pronoun")),
      statusNote: field(
        fc.record(
          { text: field(text), date: field(fc.constantFrom("2019-03-23", "2019-02-30", "yesterday")) },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  );
  const terms = fc.oneof(fc.array(term, { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }));

  it("creating and saving entries answers any input with a result, never INTERNAL, and a refusal changes nothing", async () => {
    const db = await getTestDb();
    const glossary = await createGlossary({
      name: `Fuzz ${Math.random()}`,
      languages: [],
      subjectFields: [],
      actorId: null,
    });
    const { id: conceptId } = await createConcept({
      glossaryId: glossary.id,
      concept: { terms: [{ language: "en", text: "Astana", status: "preferred" }] },
      actorId: null,
    });
    const editor = await createTestUser("editor", { label: "fuzz-editor" });
    const fields = { subjectField: field(text), definition: field(text), note: field(text), terms };
    const create = fc.record({ glossaryId: fc.oneof(fc.constant(glossary.id), text), ...fields }, { requiredKeys: [] });
    const save = fc.record(
      { conceptId: fc.oneof(fc.constant(conceptId), text), version: field(fc.integer({ min: -1, max: 3 })), ...fields },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          create.map((v) => ["create", v] as const),
          save.map((v) => ["save", v] as const),
        ),
        async ([kind, value]) => {
          const before = {
            concepts: await db.concept.count({ where: { glossaryId: glossary.id } }),
            version: (await db.concept.findUniqueOrThrow({ where: { id: conceptId } })).version,
          };
          const result =
            kind === "create"
              ? await createConceptAction.run(editor.viewer, value)
              : await updateConceptAction.run(editor.viewer, value);
          expectActionAnswer(result);
          if (!result.ok) {
            const after = {
              concepts: await db.concept.count({ where: { glossaryId: glossary.id } }),
              version: (await db.concept.findUniqueOrThrow({ where: { id: conceptId } })).version,
            };
            expect(after).toEqual(before);
          }
        },
      ),
      runs,
    );
  });
});

describe("the API's credentials", () => {
  it("answers any Authorization header with 200 or 401, never a 5xx", async () => {
    const header = fc.oneof(fc.stringMatching(/^[\x20-\x7e]{0,80}$/), fc.stringMatching(/^Bearer prl_[\w-]{40,46}$/));
    await fc.assert(
      fc.asyncProperty(header, async (authorization) => {
        const response = await getMe(new NextRequest("http://localhost/api/v1/me", { headers: { authorization } }), {
          params: Promise.resolve({}),
        });
        expect(response.status).toBe(401);
        expect((await response.json()).error.message.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});
