// The headers every response carries, whoever writes it: pages, route handlers, the framework's own 404 and
// error answers, and the front door's refusals (server/http/front-door.ts applies them to each response).
import { API_CONTENT_SECURITY_POLICY } from "./content-security-policy.ts";

/**
 * For a document that did not get the nonce policy of proxy.ts (a framework error page, a refusal): it may load
 * our own styles and images but runs no inline script.
 */
export const FALLBACK_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const HSTS = "max-age=63072000; includeSubDomains";

export type SecurityHeader = {
  /** Lower-case header name. */
  name: string;
  value: string;
  /** Replace what the response set; otherwise only fill in a missing header. */
  isEnforced: boolean;
};

/**
 * Example: securityHeaders({ pathname: "/api/v1/articles", isHttps: false })
 * → nosniff, referrer policy, DENY framing, permissions policy, the API's CSP (enforced); no HSTS over http.
 */
export function securityHeaders({ pathname, isHttps }: { pathname: string; isHttps: boolean }): SecurityHeader[] {
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  return [
    { name: "x-content-type-options", value: "nosniff", isEnforced: true },
    { name: "referrer-policy", value: "strict-origin-when-cross-origin", isEnforced: true },
    { name: "x-frame-options", value: "DENY", isEnforced: true },
    {
      name: "permissions-policy",
      value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
      isEnforced: true,
    },
    // Pages bring their own nonce policy (proxy.ts); the API never serves anything a policy should allow.
    isApi
      ? { name: "content-security-policy", value: API_CONTENT_SECURITY_POLICY, isEnforced: true }
      : { name: "content-security-policy", value: FALLBACK_CONTENT_SECURITY_POLICY, isEnforced: false },
    // Over plain http a browser ignores HSTS at best; sent through a TLS-less proxy it would pin a name to https
    // that may not serve it.
    ...(isHttps ? [{ name: "strict-transport-security", value: HSTS, isEnforced: true }] : []),
  ];
}
