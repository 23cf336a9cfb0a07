import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY } from "./content-security-policy";
import { FALLBACK_CONTENT_SECURITY_POLICY, securityHeaders } from "./security-headers";

const byName = (headers: ReturnType<typeof securityHeaders>) => new Map(headers.map((h) => [h.name, h]));

describe("securityHeaders", () => {
  it.each([
    ["/en/articles", false],
    ["/api/v1/articles", false],
    ["/_next/static/chunk.js", true],
  ])("always forbids sniffing, framing and powerful features (%s)", (pathname, isHttps) => {
    const headers = byName(securityHeaders({ pathname, isHttps }));
    expect(headers.get("x-content-type-options")?.value).toBe("nosniff");
    expect(headers.get("x-frame-options")?.value).toBe("DENY");
    expect(headers.get("referrer-policy")?.value).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")?.value).toContain("camera=()");
  });

  it("enforces the API's policy on /api, replacing anything a handler set", () => {
    for (const pathname of ["/api", "/api/v1/articles", "/api/auth/sign-in/email"]) {
      const csp = byName(securityHeaders({ pathname, isHttps: false })).get("content-security-policy");
      expect(csp).toEqual({ name: "content-security-policy", value: API_CONTENT_SECURITY_POLICY, isEnforced: true });
    }
  });

  it("leaves a page's nonce policy (proxy.ts) alone and fills in a script-free one otherwise", () => {
    for (const pathname of ["/en", "/apiary", "/_next/static/x.css"]) {
      const csp = byName(securityHeaders({ pathname, isHttps: false })).get("content-security-policy");
      expect(csp?.isEnforced).toBe(false);
      expect(csp?.value).toBe(FALLBACK_CONTENT_SECURITY_POLICY);
    }
    const scriptSrc = FALLBACK_CONTENT_SECURITY_POLICY.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(FALLBACK_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only over https", () => {
    expect(byName(securityHeaders({ pathname: "/en", isHttps: false })).has("strict-transport-security")).toBe(false);
    const hsts = byName(securityHeaders({ pathname: "/en", isHttps: true })).get("strict-transport-security");
    expect(hsts?.value).toBe("max-age=63072000; includeSubDomains");
    expect(hsts?.isEnforced).toBe(true);
  });
});
