// What an operator reads when the server or `npm start` cannot use its database: one plain sentence and a
// sysexits(3) exit code, instead of a stack of Prisma internals. Recognized by structure (the driver adapter's
// error kind, Node's error codes, our own error names), never by a message in someone else's words.

type DatabaseFailureReason =
  | "badUrl"
  | "unreachable"
  | "missingDatabase"
  | "accessDenied"
  | "locked"
  | "cannotOpen"
  | "notMigrated"
  | "unexpected";

export type DatabaseFailure = { reason: DatabaseFailureReason; sentence: string; exitCode: number };

/** sysexits(3): the codes service managers and scripts already know. */
export const exitCodes = {
  EX_UNAVAILABLE: 69,
  EX_SOFTWARE: 70,
  EX_CANTCREAT: 73,
  EX_TEMPFAIL: 75,
  EX_NOPERM: 77,
  EX_CONFIG: 78,
} as const;

/** The database as the sentence names it: the SQLite file, or PostgreSQL's host and database (never a password). */
export function describeTarget(url: string): string {
  if (url.startsWith("file:")) return `the SQLite file ${url.slice("file:".length)}`;
  try {
    const parsed = new URL(url);
    return `the PostgreSQL database ${parsed.pathname.slice(1) || "(none)"} at ${parsed.host}`;
  } catch {
    return "the database in DATABASE_URL";
  }
}

type AdapterCause = { kind?: unknown; originalCode?: unknown; table?: unknown };

function adapterCause(error: unknown): AdapterCause | undefined {
  if (!(error instanceof Error)) return undefined;
  const meta = (error as Error & { meta?: { driverAdapterError?: { cause?: AdapterCause } } }).meta;
  return meta?.driverAdapterError?.cause;
}

function failure(reason: Exclude<DatabaseFailureReason, "unexpected">, sentence: string): DatabaseFailure {
  const exitCode = {
    badUrl: exitCodes.EX_CONFIG,
    unreachable: exitCodes.EX_UNAVAILABLE,
    missingDatabase: exitCodes.EX_CONFIG,
    accessDenied: exitCodes.EX_NOPERM,
    locked: exitCodes.EX_TEMPFAIL,
    cannotOpen: exitCodes.EX_CANTCREAT,
    notMigrated: exitCodes.EX_CONFIG,
  }[reason];
  return { reason, sentence, exitCode };
}

/**
 * The failure an error from opening or first querying the database stands for, or undefined for an error this
 * module does not know (the caller reports it as it is).
 *
 * @example describeDatabaseFailure(prismaP1001Error, "postgresql://app@db:5432/parallel")
 * // { reason: "unreachable", exitCode: 69, sentence: "Cannot reach the PostgreSQL database parallel at db:5432: …" }
 */
export function describeDatabaseFailure(error: unknown, url: string): DatabaseFailure | undefined {
  const target = describeTarget(url);
  if (error instanceof Error && error.name === "DatabaseUrlError") return failure("badUrl", error.message);
  const cause = adapterCause(error);
  switch (cause?.kind) {
    case "DatabaseNotReachable":
      return failure("unreachable", `Cannot reach ${target}: is the server running, and is DATABASE_URL right?`);
    case "DatabaseDoesNotExist":
      return failure("missingDatabase", `${capitalize(target)} does not exist: create it, or correct DATABASE_URL.`);
    case "DatabaseAccessDenied":
    case "AuthenticationFailed":
      return failure("accessDenied", `${capitalize(target)} refused the user or password in DATABASE_URL.`);
    case "TableDoesNotExist":
      return notMigrated(target, []);
  }
  const code = (error as { code?: unknown } | null)?.code;
  // SQLite's busy lock arrives as the adapter's cause (through Prisma) or as better-sqlite3's own code (the probe).
  if (
    cause?.originalCode === "SQLITE_BUSY" ||
    cause?.kind === "SocketTimeout" ||
    code === "SQLITE_BUSY" ||
    code === "SQLITE_LOCKED"
  )
    return failure(
      "locked",
      `${capitalize(target)} is locked by another process (another server or an import); stop it or wait, then start again.`,
    );
  if (code === "SQLITE_CANTOPEN" || code === "ENOENT" || code === "EACCES" || code === "EROFS" || code === "ENOTDIR")
    return failure("cannotOpen", `Cannot open or create ${target}: check that its folder exists and is writable.`);
  return undefined;
}

/** The database lacks migrations the code has (a deploy skipped `npm run setup`, or an older database). */
export function notMigrated(target: string, pending: readonly string[]): DatabaseFailure {
  const which = pending.length ? ` (${pending.length} pending, the first ${pending[0]})` : "";
  return failure(
    "notMigrated",
    `${capitalize(target)} is missing migrations${which}: run \`npm run setup\` (it applies them), then start again.`,
  );
}

/** Migrations in the code that the database has not applied, in order. */
export function pendingMigrations(inCode: readonly string[], applied: readonly string[]): string[] {
  const done = new Set(applied);
  return [...inCode].sort().filter((name) => !done.has(name));
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
