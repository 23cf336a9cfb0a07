import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// The security headers are set on every response by the front door (server.ts, lib/security/security-headers.ts),
// including the framework's own error answers, which headers() here would miss.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() and forbidden.tsx: the only way for a page to answer 403 (admin pages to non-admins).
  // Server actions keep Next's 1 MB body limit: glossary files go to the upload routes (app/api/v1/glossaries/…/
  // imports), which stream them with their own limit after checking the caller, outside the proxy's matcher.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["better-sqlite3", "pg", "franc"],
};

export default withNextIntl(nextConfig);
