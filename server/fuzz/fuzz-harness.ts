// What the two fuzz tests share: the callers (one user per role, plus anonymous and a disabled admin),
// the closed set of error codes an answer may carry, and the checks that no answer leaks a stack trace
// and that a refusal changed nothing in the database.
import { expect } from "vitest";
import { roles } from "../../lib/auth/permissions.ts";
import type { SessionViewer } from "../auth.ts";
import { errorStatus, type ErrorCode } from "../errors.ts";
import { databaseFingerprint } from "../testing/database-fingerprint.ts";
import { bearerFor, createTestUser } from "../testing/test-users.ts";

export const subjects = ["anonymous", ...roles, "disabled"] as const;
export type Subject = (typeof subjects)[number];

export type Caller = { subject: Subject; viewer: SessionViewer | null; authorization?: string };

/** One user per role, each with an API token; the disabled caller was an admin. */
export async function createCallers(label: string): Promise<Record<Subject, Caller>> {
  const entries = await Promise.all(
    subjects.map(async (subject): Promise<[Subject, Caller]> => {
      if (subject === "anonymous") return [subject, { subject, viewer: null }];
      const user = await createTestUser(subject === "disabled" ? "admin" : subject, {
        disabled: subject === "disabled",
        label: `${label}-${subject}`,
      });
      return [subject, { subject, viewer: user.viewer, authorization: await bearerFor(user.id) }];
    }),
  );
  return Object.fromEntries(entries) as Record<Subject, Caller>;
}

/**
 * Runs per property: small by default so that the suite stays fast; FUZZ_RUNS=1000 searches longer
 * (a nightly job, or after a change to input handling). A failure prints its seed and shrunk input.
 */
export const fuzzRuns = (base: number) => ({ numRuns: Number(process.env.FUZZ_RUNS) || base });

/** A test's time limit: PostgreSQL takes about twice SQLite's time; a longer search gets an hour. */
export const fuzzTimeout = process.env.FUZZ_RUNS ? 3_600_000 : 90_000;

/** Every code but INTERNAL: an answer with INTERNAL (or a 5xx) is a bug the fuzz test found. */
export const knownCodes = (Object.keys(errorStatus) as ErrorCode[]).filter((code) => code !== "INTERNAL");

/** A V8 stack frame ("    at fn (/path/file.ts:12:5)") or an absolute path of this checkout. */
const stackTrace = /\bat (?:async )?\S[^\n]*:\d+:\d+\)?$|file:\/\//m;

export function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(stackTrace);
  expect(text).not.toContain(process.cwd());
  expect(text).not.toContain("node_modules");
}

/**
 * The database as the last accepted call left it: `check` after each call compares a refused call's
 * database with it, and moves it forward after an accepted one.
 */
export async function trackDatabase() {
  let baseline = await databaseFingerprint();
  return {
    async check(isRefused: boolean) {
      const now = await databaseFingerprint();
      if (isRefused) expect(now, "a refused call changed the database").toEqual(baseline);
      baseline = now;
    },
  };
}

/** The CSV mapping of the upload seeds: one language column, one term column. */
export const csvMapping = { layout: "termPerRow", columns: [{ field: "language" }, { field: "term" }] };

/** A small valid TBX-Basic file with one English term: the seed of the upload bodies. */
export const tbxText = (term: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>Fuzz</p></sourceDesc></fileDesc></tbxHeader><text><body><conceptEntry id="f1"><langSec xml:lang="en"><termSec><term>${term}</term></termSec></langSec></conceptEntry></body></text></tbx>`;
