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
  // Glossary files up to 50 MB reach the import action, which refuses larger ones with its own message. The proxy
  // (proxy.ts) sees every request body too and would cut it at its default 10 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "51mb" }, proxyClientMaxBodySize: "51mb" },
  serverExternalPackages: ["better-sqlite3", "pg", "franc"],
  async headers() {
    return [
      { source: "/:path*", headers: commonHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
