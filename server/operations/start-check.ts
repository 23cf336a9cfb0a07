// The server's start-up check (instrumentation.ts), Node.js only: the process ends here when its database cannot
// be used, so that a supervisor sees the exit code and an operator the reason, before any request fails.
import "server-only";
import { checkDatabase } from "./database-check.ts";

export async function exitUnlessDatabaseUsable(): Promise<void> {
  const failure = await checkDatabase();
  if (!failure) return;
  console.error(`[server] ${failure.sentence}`);
  process.exit(failure.exitCode);
}
