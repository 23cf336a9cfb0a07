// One error type for the whole server with a closed set of codes, and one table from code to
// HTTP status. Clients get the code and a safe message, never a stack trace.

export const errorStatus = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** A method the app does not answer at all (TRACE, WebDAV verbs), refused by the front door. */
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  /** The change would leave the install without an active admin (lib/auth/last-admin.ts). */
  LAST_ADMIN: 409,
  /** A body over its route's limit, refused before it is read in full. */
  PAYLOAD_TOO_LARGE: 413,
  /** A file that is well-formed but would take longer than the time budget to process (server/jobs). */
  TIME_BUDGET_EXCEEDED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Prisma failures recognized by code (never by message text); any other Prisma error is a 500. */
const prismaErrors = new Map<string, { code: ErrorCode; message: string }>([
  ["P2002", { code: "CONFLICT", message: "Conflicts with an existing record" }],
  ["P2025", { code: "NOT_FOUND", message: "Not found" }],
  // A foreign key names a row that does not exist (or was deleted meanwhile): the id the caller sent is unknown.
  ["P2003", { code: "NOT_FOUND", message: "Not found" }],
  // A write conflict or deadlock between concurrent transactions: trying again may succeed.
  ["P2034", { code: "CONFLICT", message: "A concurrent change got there first; try again" }],
]);

/** The AppError an error stands for, or undefined for an unexpected one (log it, answer 500). */
export function knownError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  // Duck-typed: only the data layer imports Prisma (enforced in eslint.config.mjs).
  if (!(error instanceof Error) || error.name !== "PrismaClientKnownRequestError") return undefined;
  const mapped = prismaErrors.get(String((error as Error & { code?: unknown }).code));
  return mapped && new AppError(mapped.code, mapped.message);
}
