// Prisma CLI configuration: DATABASE_URL's scheme picks the provider folder (schema + migrations)
// and the driver adapter. Everything runs on Prisma's WebAssembly engine: no native binary download.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { postgresCliAdapter, sqliteCliAdapter } from "./prisma/cli-adapters.ts";
import { databaseProvider, databaseUrl } from "./prisma/database-url.ts";

const url = databaseUrl();
const provider = databaseProvider(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    return provider === "postgresql" ? postgresCliAdapter(url) : sqliteCliAdapter(url);
  },
});
