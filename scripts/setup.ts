// `npm start` step 1: everything the embedded install needs before the server starts. Creates the
// data folder and a local auth secret, applies migrations, and on first start imports the seed
// corpus and the demo translations (skip the demo with PARALLEL_SKIP_DEMO=1 or --no-demo).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { databaseProvider, databaseUrl } from "../prisma/database-url.ts";
import { countArticles } from "../server/articles/queries.ts";
import { disconnectDb } from "../server/db.ts";
import { seedDatabase } from "./seed.ts";

const url = databaseUrl();
const provider = databaseProvider(url);

if (provider === "sqlite") {
  mkdirSync(path.dirname(path.resolve(url.slice("file:".length))), { recursive: true });
}

ensureLocalSecret();

console.log(`[setup] database: ${provider === "sqlite" ? url : "PostgreSQL"} — applying migrations`);
execFileSync("npx", ["prisma", "migrate", "deploy"], {
  env: { ...process.env, DATABASE_URL: url },
  stdio: ["ignore", "ignore", "inherit"],
});

// The data layer reads DATABASE_URL on first use; it is already `url` unless unset (the SQLite default).
process.env.DATABASE_URL = url;
try {
  if ((await countArticles()) === 0) {
    const withDemo = process.env.PARALLEL_SKIP_DEMO !== "1" && !process.argv.includes("--no-demo");
    const report = await seedDatabase({ withDemo });
    console.log(`[setup] seed corpus imported: ${report.articles.created} articles`);
    for (const demo of report.demo) {
      console.log(`[setup] demo translations ${demo.file}: ${demo.added} added, ${demo.missing} sentences without one`);
    }
    for (const glossary of report.glossaries)
      console.log(`[setup] starter glossary ${glossary.file}: ${glossary.concepts} entries`);
  } else {
    console.log("[setup] library already has articles; seed skipped");
  }
} finally {
  await disconnectDb();
}

/**
 * The embedded install generates its auth secret once into .env.local (git-ignored, read by Next).
 * Production sets BETTER_AUTH_SECRET in the environment instead; then nothing is written.
 */
function ensureLocalSecret() {
  if (process.env.BETTER_AUTH_SECRET) return;
  const envFile = path.resolve(".env.local");
  if (existsSync(envFile) && /^BETTER_AUTH_SECRET=/m.test(readFileSync(envFile, "utf8"))) return;
  appendFileSync(envFile, `BETTER_AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  console.log("[setup] generated a local auth secret in .env.local");
}
