// `npm start` step 1: everything the embedded install needs before the server starts. Creates the
// data folder and a local auth secret, applies migrations, and on first start imports the seed
// corpus and the demo translations (skip the demo with PARALLEL_SKIP_DEMO=1 or --no-demo).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describeDatabaseFailure, type DatabaseFailure } from "../lib/operations/database-failure.ts";
import { databaseProvider, databaseUrl } from "../prisma/database-url.ts";
import { countArticles } from "../server/articles/queries.ts";
import { disconnectDb } from "../server/db.ts";
import { backfillConceptSearchText } from "../server/glossaries/concepts/mutations.ts";
import { checkDatabase } from "../server/operations/database-check.ts";
import { seedDatabase } from "./seed.ts";

const url = databaseUrl();
// The data layer reads DATABASE_URL on first use; it is already `url` unless unset (the SQLite default).
process.env.DATABASE_URL = url;

try {
  await setUp();
} catch (error) {
  // Whatever the database said, the operator reads one sentence and gets an exit code; the stack is no help to them.
  const failure = describeDatabaseFailure(error, url) ?? (await checkDatabase());
  if (!failure) throw error;
  stop(failure);
} finally {
  await disconnectDb();
}

async function setUp() {
  if (databaseProvider(url) === "sqlite") {
    mkdirSync(path.dirname(path.resolve(url.slice("file:".length))), { recursive: true });
  }
  ensureLocalSecret();
  // Reachable, existing, not locked: checked through the app's own client, whose errors say which.
  stop(await checkDatabase({ migrations: false }));

  console.log(`[setup] database: ${databaseProvider(url) === "sqlite" ? url : "PostgreSQL"} — applying migrations`);
  const migrate = await applyMigrations();
  if (migrate.status !== 0) {
    stop(await checkDatabase({ migrations: false }));
    // Prisma's CLI explains its own refusals (a failed or modified migration) in a few lines, without a stack.
    console.error(migrate.stderr.trim());
    stop({ reason: "unexpected", sentence: "Applying the database migrations failed (above).", exitCode: 70 });
  }

  const folded = await backfillConceptSearchText();
  if (folded) console.log(`[setup] glossary search: definitions and notes of ${folded} entries folded`);

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
}

/**
 * `prisma migrate deploy`, with the app's own connection closed first: on SQLite that connection (opened by the check
 * above, in WAL mode) keeps the schema engine from locking an existing database file, which Prisma then reports as
 * "SocketTimeout" (seen when `next build` had left such a file behind). The next query opens a fresh connection.
 */
async function applyMigrations() {
  await disconnectDb();
  return spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
}

function stop(failure: DatabaseFailure | undefined) {
  if (!failure) return;
  console.error(`[setup] ${failure.sentence}`);
  process.exit(failure.exitCode);
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
