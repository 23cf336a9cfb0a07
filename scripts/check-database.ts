// `npm run db:check`: whether the server could start on DATABASE_URL: "ready", or the one sentence it would print
// and its exit code (sysexits). For operators, health checks in deploy scripts, and the start-up tests.
import { disconnectDb } from "../server/db.ts";
import { checkDatabase } from "../server/operations/database-check.ts";

const failure = await checkDatabase();
await disconnectDb().catch(() => undefined);
if (failure) {
  console.error(`[db:check] ${failure.sentence}`);
  process.exit(failure.exitCode);
}
console.log("[db:check] the database is reachable and fully migrated");
