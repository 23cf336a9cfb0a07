import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy } from "./content-security-policy";
import { isCrossSiteMutation } from "./cross-site";

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only by nonce in production and forbids framing", () => {
    const csp = buildContentSecurityPolicy({ nonce: "n0nce", isDevelopment: false });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("adds eval only for the development server", () => {
    expect(buildContentSecurityPolicy({ nonce: "x", isDevelopment: true })).toContain("'unsafe-eval'");
  });
});

describe("isCrossSiteMutation", () => {
  const allowedOrigins = ["http://localhost:3000", "https://parallel.example"];
  it.each([
    ["GET", "https://evil.example", false],
    ["HEAD", "https://evil.example", false],
    ["POST", "https://evil.example", true],
    ["DELETE", "https://evil.example", true],
    ["POST", "null", true],
    ["POST", "http://localhost:3000", false],
    ["PATCH", "https://parallel.example", false],
    ["POST", "https://parallel.example.evil.example", true],
    ["POST", null, false],
  ])("%s from %s → %s", (method, origin, expected) => {
    expect(isCrossSiteMutation({ method, origin, allowedOrigins })).toBe(expected);
  });
});
