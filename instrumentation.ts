// Runs once when a server process starts (Next's instrumentation hook): a server whose database cannot be used
// says why in one sentence and exits with a sysexits code, rather than answering every request with a 500.
export async function register() {
  // Only the Node.js server talks to the database; `next build` loads this file too, before any database exists.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { exitUnlessDatabaseUsable } = await import("./server/operations/start-check");
  await exitUnlessDatabaseUsable();
}
