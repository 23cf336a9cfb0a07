import { describe, expect, it } from "vitest";
import { configuredOrigins, isCrossSiteRequest, ownOrigins } from "./request-origin";

const request = (method: string, headers: Record<string, string>, url = "http://127.0.0.1:3000/api/v1/x") => ({
  method,
  headers: new Headers(headers),
  url: new URL(url),
});

describe("ownOrigins", () => {
  it("lists the configured origins, the one the Host header names, and the URL's", () => {
    expect(ownOrigins(request("POST", { host: "parallel.example" }), ["https://parallel.example"])).toEqual([
      "https://parallel.example",
      "http://parallel.example",
      "http://127.0.0.1:3000",
    ]);
  });

  it("prefers X-Forwarded-Host and -Proto when a proxy sets them", () => {
    const forwarded = request("POST", {
      host: "app:3000",
      "x-forwarded-host": "parallel.example",
      "x-forwarded-proto": "https",
    });
    expect(ownOrigins(forwarded, [])).toContain("https://parallel.example");
  });
});

describe("configuredOrigins", () => {
  it("takes PUBLIC_URL and BETTER_AUTH_URL when set", () => {
    expect(configuredOrigins({ PUBLIC_URL: "https://a.example", BETTER_AUTH_URL: "" })).toEqual(["https://a.example"]);
  });
});

describe("isCrossSiteRequest", () => {
  it.each([
    ["POST", { host: "parallel.example", origin: "https://evil.example" }, true],
    ["POST", { host: "parallel.example", origin: "http://parallel.example" }, false],
    ["POST", { host: "parallel.example" }, false],
    ["GET", { host: "parallel.example", origin: "https://evil.example" }, false],
    ["POST", { host: "parallel.example", origin: "null" }, true],
  ])("%s with %o → %s", (method, headers, expected) => {
    expect(isCrossSiteRequest(request(method, headers), [])).toBe(expected);
  });
});
