// Personal API tokens: "prl_" and 43 base64url characters (32 random bytes), recognizable in logs
// and secret scanners. Only the SHA-256 of a token is stored, so a database leak reveals none.
import { createHash } from "node:crypto";

const API_TOKEN_PREFIX = "prl_";
/** 32 bytes: 256 bits of entropy, beyond any guessing, so a fast unsalted hash is enough. */
export const API_TOKEN_BYTES = 32;
/** What the token list shows of a token: the prefix and 8 characters. */
const DISPLAY_LENGTH = API_TOKEN_PREFIX.length + 8;
const tokenPattern = /^prl_[\w-]{43}$/;

/**
 * The token for freshly drawn random bytes (the caller draws them: lib/ does no I/O).
 * Example: formatApiToken(new Uint8Array(32)) → "prl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
 */
export function formatApiToken(randomBytes: Uint8Array): string {
  if (randomBytes.length !== API_TOKEN_BYTES)
    throw new RangeError(`An API token needs ${API_TOKEN_BYTES} random bytes`);
  return API_TOKEN_PREFIX + Buffer.from(randomBytes).toString("base64url");
}

/** Hex SHA-256: what is stored and looked up. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function displayPrefix(token: string): string {
  return token.slice(0, DISPLAY_LENGTH);
}

export function isApiTokenShaped(token: string): boolean {
  return tokenPattern.test(token);
}

export type BearerCredentials = { kind: "none" } | { kind: "invalid" } | { kind: "token"; token: string };

/**
 * Reads an Authorization header. No header is anonymous; a header that is not a well-formed
 * `Bearer prl_…` is invalid (401), never silently anonymous.
 * Example: bearerCredentials("Bearer prl_…") → { kind: "token", token: "prl_…" }
 */
export function bearerCredentials(header: string | null): BearerCredentials {
  if (header === null || header.trim() === "") return { kind: "none" };
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match || !isApiTokenShaped(match[1])) return { kind: "invalid" };
  return { kind: "token", token: match[1] };
}
