import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY } from "./lib/security/content-security-policy";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Headers every response carries; pages get their nonce-based CSP from proxy.ts.
const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() and forbidden.tsx: the only way for a page to answer 403 (admin pages to non-admins).
  // Server actions keep Next's 1 MB body limit: glossary files go to the upload routes (app/api/v1/glossaries/…/
  // imports), which stream them with their own limit after checking the caller, outside the proxy's matcher.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["better-sqlite3", "pg", "franc"],
  async headers() {
    return [
      { source: "/:path*", headers: commonHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
