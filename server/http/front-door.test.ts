// The front door on a real node:http server. Behind it, instead of Next, a handler that reports what reached it
// (address, forwarded headers, body) or answers the way the framework does: the e2e specs run it before Next.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { trustedProxiesFromEnv } from "./client-address";
import { frontDoor } from "./front-door";

type Answer = { status: number; headers: IncomingMessage["headers"]; body: string };

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(
  trusted: string | undefined,
  behind: (request: IncomingMessage, response: ServerResponse, body: string) => void = (request, response, body) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ headers: request.headers, body }));
  },
): Promise<string> {
  server = createServer(
    frontDoor(trustedProxiesFromEnv(trusted), async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      behind(request, response, Buffer.concat(chunks).toString());
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

function send(
  host: string,
  {
    method = "GET",
    path = "/en",
    headers = {},
    body,
    from,
  }: Partial<Record<"method" | "path" | "from", string>> & {
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<Answer> {
  const [hostname, port] = host.split(":");
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ hostname, port, method, path, headers, localAddress: from }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", async () => {
    const host = await serve(undefined);
    const answer = await send(host, { headers: { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" } });
    const seen = JSON.parse(answer.body).headers;
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(answer.headers["strict-transport-security"]).toBeUndefined();
  });

  it("is what a trusted proxy forwarded, one address only", async () => {
    const host = await serve("127.0.0.1");
    const answer = await send(host, {
      headers: { "x-forwarded-for": "198.51.100.1, 203.0.113.9", "x-forwarded-proto": "https" },
    });
    const seen = JSON.parse(answer.body).headers;
    expect(seen["x-forwarded-for"]).toBe("203.0.113.9");
    expect(seen["x-forwarded-proto"]).toBe("https");
    expect(answer.headers["strict-transport-security"]).toContain("max-age=");
  });

  it("ignores a forwarded address from a peer outside the trusted list", async () => {
    const host = await serve("127.0.0.1");
    const answer = await send(host, { from: "127.0.0.2", headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(JSON.parse(answer.body).headers["x-forwarded-for"]).toBe("127.0.0.2");
  });

  it("falls back to the proxy itself for a forwarded value that is no address", async () => {
    const host = await serve("loopback");
    const answer = await send(host, { headers: { "x-forwarded-for": "not-an-ip" } });
    expect(JSON.parse(answer.body).headers["x-forwarded-for"]).toBe("127.0.0.1");
  });

  it("refuses to start on an invalid AUTH_TRUSTED_PROXIES", () => {
    expect(() => trustedProxiesFromEnv("10.0.0.0/8, nonsense")).toThrow(/AUTH_TRUSTED_PROXIES/);
  });
});

describe("refusals", () => {
  it("answers 405 with Allow for an unknown method", async () => {
    const host = await serve(undefined);
    const answer = await send(host, { method: "PROPFIND", path: "/api/v1/articles" });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toContain("GET");
    expect(JSON.parse(answer.body)).toEqual({ error: { code: "METHOD_NOT_ALLOWED", message: "Method not allowed" } });
    expect(answer.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("answers a malformed page path with an HTML page and an API path with JSON", async () => {
    const host = await serve(undefined);
    const page = await send(host, { path: "/en/articles/%25ff" });
    expect(page.status).toBe(400);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.body).toContain('<html lang="en"');
    expect(page.body).toContain("The address or the request is malformed.");
    const french = await send(host, { path: "/fr/articles/%25ff" });
    expect(french.body).toContain('<html lang="fr"');
    expect(french.body).toContain("L’adresse ou la requête est mal formée.");
    expect(french.body).toContain('<a href="/fr"');
    const api = await send(host, { path: "/api/v1/articles/%00%ff" });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body).error.code).toBe("INVALID_INPUT");
  });

  it("answers 413 for a body over 1 MiB, except a write under /api/v1", async () => {
    const host = await serve(undefined);
    const body = Buffer.alloc(1024 * 1024 + 1, "a");
    const page = await send(host, { method: "POST", path: "/en", body, headers: { "next-action": "x" } });
    expect(page.status).toBe(413);
    expect(JSON.parse(page.body).error.code).toBe("PAYLOAD_TOO_LARGE");
    const upload = await send(host, { method: "POST", path: "/api/v1/glossaries/g/imports", body });
    expect(upload.status).toBe(200);
    expect(JSON.parse(upload.body).body).toHaveLength(body.length);
  });

  it("replays a valid action body to the framework unchanged and refuses a deep one", async () => {
    const host = await serve(undefined);
    const body = '["$K1",{"title":"Café 中文"}]';
    const headers = { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" };
    const passed = await send(host, { method: "POST", path: "/en/glossaries", body, headers });
    expect(JSON.parse(passed.body).body).toBe(body);
    const deep = await send(host, { method: "POST", path: "/en/glossaries", body: "[".repeat(5000), headers });
    expect(deep.status).toBe(400);
  });

  it("checks a multipart POST without an action header too, empty or under /api/v1: Next parses it as a form", async () => {
    const host = await serve(undefined);
    const form = '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\nfalse\r\n--b--';
    // The HTTP fuzz's counterexample: a boundary-less multipart POST to a path that ends at a page (Next's 500).
    for (const [path, contentType, body] of [
      ["/api/v1/me%F0%96%A3%BE", "multipart/form-data", form],
      ["/en", "multipart/form-data", ""],
      ["/en", "multipart/form-data; boundary=b", "--b\r\nxx"],
    ]) {
      const refused = await send(host, { method: "POST", path, body, headers: { "content-type": contentType } });
      expect(refused.status, `${path} ${contentType}`).toBe(400);
    }
    const passed = await send(host, {
      method: "POST",
      path: "/en/sign-in",
      body: form,
      headers: { "content-type": "multipart/form-data; boundary=b" },
    });
    expect(JSON.parse(passed.body).body).toBe(form);
  });
});

describe("a client that goes away", () => {
  it("mid-body leaves the server answering the next request", async () => {
    const host = await serve(undefined);
    const [hostname, port] = host.split(":");
    await new Promise<void>((resolve) => {
      const outgoing = httpRequest({
        hostname,
        port,
        method: "POST",
        path: "/en",
        headers: { "content-length": "1000", "next-action": "x" },
      });
      outgoing.on("error", () => resolve());
      outgoing.write("[[[", () => setTimeout(() => outgoing.destroy(), 50));
      outgoing.on("close", () => resolve());
    });
    expect((await send(host, { path: "/en" })).status).toBe(200);
  });
});

describe("headers on the framework's own answers", () => {
  it("puts the headers on a 404 and keeps a page's own policy", async () => {
    const host = await serve(undefined, (_request, response) => {
      response.writeHead(404, { "content-security-policy": "script-src 'nonce-abc'", "content-type": "text/html" });
      response.end("<p>Not found</p>");
    });
    const answer = await send(host, { path: "/en/nothing" });
    expect(answer.status).toBe(404);
    expect(answer.headers["content-security-policy"]).toBe("script-src 'nonce-abc'");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("rewrites a plain-text 500 into the error shape and drops a stray HSTS over http", async () => {
    const host = await serve(undefined, (_request, response) => {
      response.statusCode = 500;
      response.setHeader("strict-transport-security", "max-age=1");
      response.setHeader("content-type", "text/plain");
      response.write("Error: boom\n    at secret (/app/server.js:1:1)");
      response.end();
    });
    const api = await send(host, { path: "/api/v1/articles" });
    expect(api.status).toBe(500);
    expect(JSON.parse(api.body)).toEqual({ error: { code: "INTERNAL", message: "Internal error" } });
    expect(api.headers["strict-transport-security"]).toBeUndefined();
    const page = await send(host, { path: "/en" });
    expect(page.body).not.toContain("secret");
    expect(page.headers["content-type"]).toContain("text/html");
  });
});
