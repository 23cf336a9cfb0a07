import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run the data layer outside React's server environment, where "server-only" would throw.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "prisma/**/*.test.ts",
      "server/**/*.test.ts",
      "scripts/**/*.test.ts",
      "i18n/**/*.test.ts",
      "seed/**/*.test.ts",
    ],
    environment: "node",
    globalSetup: ["server/testing/global-setup.ts"],
    setupFiles: ["server/testing/database-env.ts"],
    // A non-UTC, non-integer offset catches date code that silently assumes UTC.
    env: { TZ: "Asia/Kolkata" },
    // Database tests share one database file per run; keep files sequential for SQLite's single writer.
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
