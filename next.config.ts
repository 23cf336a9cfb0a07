import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// The security headers are set on every response by the front door (server.ts, lib/security/security-headers.ts),
// including the framework's own error answers, which headers() here would miss.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() and forbidden.tsx: the only way for a page to answer 403 (admin pages to non-admins).
  // Glossary files up to 50 MB reach the import action, which refuses larger ones with its own message. The proxy
  // (proxy.ts) sees every request body too and would cut it at its default 10 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "51mb" }, proxyClientMaxBodySize: "51mb" },
  serverExternalPackages: ["better-sqlite3", "pg", "franc"],
};

export default withNextIntl(nextConfig);
