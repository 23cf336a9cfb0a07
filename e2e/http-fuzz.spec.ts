// Property-based fuzzing of the running production server over raw HTTP (fast-check): arbitrary methods, paths,
// encodings, headers and bodies, sent as bytes so that even what fetch refuses to send reaches the server. Whatever
// arrives: no 5xx, no stack trace, the security headers on every answer, and the database unchanged.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { databaseFingerprint } from "./fixtures/database-fingerprint";
import { rawRequest, type RawRequest } from "./fixtures/raw-http";

const article = "think-tank-forum-calls-for-closer-china-central-asia-community";
const prefixes = [
  "/",
  "/en",
  "/fr/articles/",
  `/en/articles/${article}`,
  "/zh/glossaries/",
  "/en/sign-in",
  "/api/v1/articles/",
  `/api/v1/articles/${article}/translations/`,
  "/api/v1/glossaries/",
  "/api/v1/me",
  "/api/v1/openapi.json",
  "/api/auth/",
  "/api/auth/sign-in/email",
  "/api/auth/sign-up/email",
  "/_next/static/",
  "/_next/image",
  "/favicon.ico",
];
const pieces = [
  "%",
  "%0",
  "%00",
  "%ff",
  "%25",
  "%25ff",
  "%2e%2e",
  "%2f",
  "%c3",
  "%e4%b8%ad",
  "..",
  "/",
  "//",
  "a",
  "中",
  "?",
  "#",
  ";",
  "%0d%0a",
  "~",
  "@",
  "\\",
];

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS") },
  { weight: 1, arbitrary: fc.constantFrom("TRACE", "PROPFIND", "CONNECT", "get", "M-SEARCH") },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][A-Z-]{0,11}$/) },
);

const target = fc
  .tuple(
    fc.constantFrom(...prefixes),
    fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join("")),
      fc.string({ unit: "grapheme", maxLength: 20 }).map(encodeURIComponent),
      // Raw bytes on the request line: Node's parser refuses most of them before any handler runs.
      fc.string({ unit: "binary", maxLength: 12 }).map((text) => text.replace(/[\r\n ]/gu, "")),
    ),
    fc.option(
      fc.array(fc.constantFrom(...pieces, "lang=fr", "mode=side", "q=", "cursor=", "&", "="), { maxLength: 5 }),
      { nil: undefined },
    ),
  )
  .map(([prefix, rest, query]) => `${prefix}${rest}${query ? `?${query.join("")}` : ""}`);

// No CR or LF in values: one request per connection, with no header splitting into a second one.
const headerValue = fc.oneof(
  fc.string({ maxLength: 40 }).map((text) => text.replace(/[\r\n]/gu, "")),
  fc.constantFrom("%25ff", "%ff", "[[[[", '{"', "\u00ff\u00fe", "1.2.3.4, 5.6.7.8", "https", "*/*"),
);
const headers = fc.record(
  {
    "content-type": fc.constantFrom(
      "application/json",
      "text/plain;charset=UTF-8",
      "multipart/form-data; boundary=b",
      "multipart/form-data",
      "application/x-www-form-urlencoded",
      "text/x-component",
      "application/xml",
    ),
    "next-action": fc.oneof(fc.stringMatching(/^[0-9a-f]{40,42}$/), headerValue),
    accept: fc.constantFrom("application/json", "text/html", "text/x-component", "*/*"),
    rsc: fc.constant("1"),
    "next-router-state-tree": headerValue,
    "next-router-prefetch": fc.constant("1"),
    cookie: fc.oneof(
      fc.constantFrom(
        "parallel_reader=%25ff",
        "parallel_reader=lang%3D%ff",
        "NEXT_LOCALE=%00",
        "better-auth.session_token=x.y",
      ),
      headerValue.map((value) => `parallel_terms=${value}`),
    ),
    "x-forwarded-for": headerValue,
    "x-forwarded-proto": headerValue,
    "x-forwarded-host": headerValue,
    authorization: fc.oneof(fc.constant("Bearer prl_invalid"), headerValue),
    "accept-language": headerValue,
    range: fc.constantFrom("bytes=0-1", "bytes=-1", "bytes=5-2", "lines=1"),
  },
  { requiredKeys: [] },
);

const json = fc.jsonValue().map((value) => JSON.stringify(value));
const body = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 2, arbitrary: json },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  { weight: 1, arbitrary: fc.integer({ min: 30, max: 3000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)) },
  {
    weight: 1,
    arbitrary: json.map((value) => `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n${value}\r\n--b--`),
  },
  { weight: 1, arbitrary: fc.constantFrom("--b\r\n", "--b\r\nContent-Disposition: form-data\r\n\r\n", "a=%ff&b") },
);

const request = fc.record({ method, target, headers, body });

const stackTrace = /\n[ \t]+at \S+ \(|node:internal|\.[cm]?js:\d+:\d+/u;

// A plain throw, not Playwright's expect: each expect is recorded as a step of the test, and thousands of runs of
// recorded steps made every run slower than the one before.
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

async function fuzz(baseURL: string, numRuns: number) {
  const before = await databaseFingerprint();
  await fc.assert(
    fc.asyncProperty(request, async (sent: RawRequest) => {
      const answer = await rawRequest(baseURL, sent);
      const what = `${sent.method} ${sent.target} → ${answer.status}`;
      check(answer.status >= 200 && answer.status < 500, `${what}: not a 2xx-4xx`);
      check(!stackTrace.test(answer.body), `${what}: a stack trace in the body`);
      check(answer.headers["x-content-type-options"] === "nosniff", `${what}: no X-Content-Type-Options`);
      check(answer.headers["x-frame-options"] === "DENY", `${what}: no X-Frame-Options`);
      check(
        answer.headers["content-security-policy"]?.includes("frame-ancestors 'none'") ?? false,
        `${what}: no frame-ancestors in the CSP`,
      );
    }),
    { numRuns, endOnFailure: true },
  );
  expect(await databaseFingerprint()).toEqual(before);
}

test("a few arbitrary requests get a 4xx or an answer, never a 5xx, always the headers @smoke", async ({ baseURL }) => {
  test.setTimeout(120_000);
  await fuzz(baseURL!, 1000);
});

test("ten thousand arbitrary requests get no 5xx, no stack trace and change nothing", async ({ baseURL }) => {
  // FUZZ_RUNS=n searches longer, as in the Vitest fuzz tests.
  const runs = Number(process.env.FUZZ_RUNS) || 10_000;
  test.setTimeout(Math.max(600_000, runs * 300));
  await fuzz(baseURL!, runs);
});
