// The front door of the production server (server.ts → server/http/front-door.ts), probed as an attacker would:
// forged client addresses, malformed paths and methods, oversized and undecodable server-action bodies. Every
// answer is a 4xx in the app's error shape and carries the security headers.
import { expect, test } from "@playwright/test";
import { rawRequest, type RawAnswer } from "./fixtures/raw-http";

test.describe.configure({ mode: "serial" });

let baseURL: string;
test.beforeAll(({}, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
});

/** A loopback address of its own per run: a client the server does not trust as a proxy (playwright.config.ts). */
function untrustedClient(): string {
  return `127.0.${1 + Math.floor(Math.random() * 254)}.${2 + Math.floor(Math.random() * 253)}`;
}

function expectSecurityHeaders(answer: RawAnswer) {
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers["x-frame-options"]).toBe("DENY");
  expect(answer.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

function expectJsonError(answer: RawAnswer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers["content-type"]).toContain("application/json");
  expect(JSON.parse(answer.body)).toMatchObject({ error: { code } });
  expectSecurityHeaders(answer);
}

function signIn(from: string, forwardedFor?: string) {
  return rawRequest(baseURL, {
    method: "POST",
    target: "/api/auth/sign-in/email",
    from,
    headers: {
      "content-type": "application/json",
      origin: baseURL,
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify({ email: `nobody-${crypto.randomUUID()}@example.org`, password: "not the password" }),
  });
}

test("a forged X-Forwarded-For gives no fresh sign-in counter @smoke", async () => {
  const client = untrustedClient();
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await signIn(client)).status);
  expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
  expect(statuses[10]).toBe(429);
  for (const forged of ["198.18.0.1", "198.18.0.2, 198.18.0.3", "::1"]) {
    expect((await signIn(client, forged)).status).toBe(429);
  }
  // From the trusted proxy (127.0.0.1), the forwarded address is the client: that one starts its own count.
  expect((await signIn("127.0.0.1", `198.18.${Math.floor(Math.random() * 255)}.7`)).status).toBe(401);
});

test("malformed paths are answered 400: JSON under /api, HTML elsewhere, never the framework's 500 @smoke", async () => {
  for (const target of ["/api/v1/articles/%00%ff", "/api/auth/%ff", "/api/v1/articles?q=%00"]) {
    expectJsonError(await rawRequest(baseURL, { target }), 400, "INVALID_INPUT");
  }
  for (const target of ["/%ff", "/en/articles/%25ff", "/en/articles/%2500", "/_next/static/%ff", "/en/%0a"]) {
    const answer = await rawRequest(baseURL, { target });
    expect(answer.status, target).toBe(400);
    expect(answer.headers["content-type"]).toContain("text/html");
    expect(answer.body).toContain("<title>400 · This request could not be handled</title>");
    expectSecurityHeaders(answer);
  }
  // In the visitor's language: the path's locale first, else what the browser asks for.
  const french = await rawRequest(baseURL, { target: "/fr/articles/%25ff" });
  expect(french.body).toContain('<html lang="fr"');
  expect(french.body).toContain("L’adresse ou la requête est mal formée.");
  const russian = await rawRequest(baseURL, { target: "/%ff", headers: { "accept-language": "ru-RU,ru;q=0.9" } });
  expect(russian.body).toContain('<html lang="ru"');
  expect(russian.body).toContain("Не удалось обработать запрос");
});

test("double encoding that decodes to valid text is routed as usual: a 404, not a refusal", async () => {
  const page = await rawRequest(baseURL, { target: "/en/articles/%25e4%25b8%25ad" });
  expect(page.status).toBe(404);
  expectSecurityHeaders(page);
  for (const target of ["/api/v1/articles/%25e4%25b8%25ad", "/api/v1/articles/%252e%252e%252f"]) {
    expectJsonError(await rawRequest(baseURL, { target }), 404, "NOT_FOUND");
  }
});

test("a path next-intl re-encodes is rewritten inside the server, also behind a trusted https proxy", async () => {
  for (const target of [
    "/en/articles/%41bc",
    "/en/articles/x%21y",
    "/en/articles/caf%c3%a9",
    "/en/articles/%25e4%25b8%25ad",
  ]) {
    for (const proto of ["http", "https"]) {
      const answer = await rawRequest(baseURL, { target, headers: { "x-forwarded-proto": proto } });
      expect(answer.status, `${target} over ${proto}`).toBe(404);
      expectSecurityHeaders(answer);
    }
  }
});

test("unknown methods are answered 405 with Allow", async () => {
  const api = await rawRequest(baseURL, { method: "PROPFIND", target: "/api/v1/articles" });
  expectJsonError(api, 405, "METHOD_NOT_ALLOWED");
  expect(api.headers.allow).toContain("GET");
  const page = await rawRequest(baseURL, { method: "TRACE", target: "/en" });
  expect(page.status).toBe(405);
  expectSecurityHeaders(page);
});

test("a 2 MB server-action body is answered 413 in the JSON shape @smoke", async () => {
  const answer = await rawRequest(baseURL, {
    method: "POST",
    target: "/en/glossaries",
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin: baseURL },
    body: `["${"a".repeat(2 * 1024 * 1024)}"]`,
  });
  expectJsonError(answer, 413, "PAYLOAD_TOO_LARGE");
  const auth = await rawRequest(baseURL, {
    method: "POST",
    target: "/api/auth/sign-up/email",
    headers: { "content-type": "application/json", origin: baseURL },
    body: `{"name":"${"a".repeat(2 * 1024 * 1024)}"}`,
  });
  expectJsonError(auth, 413, "PAYLOAD_TOO_LARGE");
});

test("deep, broken or undecodable server-action bodies are answered 400, not 500", async () => {
  const action = { "next-action": "0".repeat(42), origin: baseURL };
  const bodies: [string, string | Uint8Array][] = [
    ["text/plain;charset=UTF-8", "[".repeat(5000) + "]".repeat(5000)],
    ["text/plain;charset=UTF-8", '["unterminated'],
    ["text/plain;charset=UTF-8", new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d])],
    ["multipart/form-data; boundary=b", '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["cut'],
    ["multipart/form-data", "--b--"],
    [
      "multipart/form-data; boundary=b",
      `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n${"[".repeat(40)}\r\n--b--`,
    ],
  ];
  for (const [type, body] of bodies) {
    const answer = await rawRequest(baseURL, {
      method: "POST",
      target: "/en/glossaries",
      headers: { ...action, "content-type": type },
      body,
    });
    expectJsonError(answer, 400, "INVALID_INPUT");
  }
});

test("404 answers carry the security headers, pages and files alike", async () => {
  for (const target of ["/en/no-such-page", "/no-such-file.png", "/_next/static/no-such-chunk.js"]) {
    const answer = await rawRequest(baseURL, { target });
    expect(answer.status, target).toBe(404);
    expectSecurityHeaders(answer);
  }
  expectJsonError(await rawRequest(baseURL, { target: "/api/v1/articles/no-such-article" }), 404, "NOT_FOUND");
});

test("HSTS only when a trusted proxy says the request came over https @smoke", async () => {
  const plain = await rawRequest(baseURL, { target: "/en" });
  expect(plain.status).toBe(200);
  expect(plain.headers["strict-transport-security"]).toBeUndefined();
  const proxied = await rawRequest(baseURL, { target: "/en", headers: { "x-forwarded-proto": "https" } });
  expect(proxied.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  const forged = await rawRequest(baseURL, {
    target: "/en",
    from: untrustedClient(),
    headers: { "x-forwarded-proto": "https" },
  });
  expect(forged.status).toBe(200);
  expect(forged.headers["strict-transport-security"]).toBeUndefined();
});
