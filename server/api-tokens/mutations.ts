// Writes of personal API tokens. The token is drawn here, returned once, and only its hash kept.
import "server-only";
import { randomBytes } from "node:crypto";
import { API_TOKEN_BYTES, displayPrefix, formatApiToken, hashApiToken } from "../../lib/auth/api-token.ts";
import { getDb } from "../db.ts";

/** Last-used times are kept to the minute: a busy script must not turn every request into a write. */
const LAST_USED_PRECISION_MS = 60_000;

/** Creates a token for its owner; the returned `token` is the only copy there will ever be. */
export async function createApiToken(input: { userId: string; name: string }) {
  const db = await getDb();
  const token = formatApiToken(randomBytes(API_TOKEN_BYTES));
  const row = await db.apiToken.create({
    data: { userId: input.userId, name: input.name, tokenHash: hashApiToken(token), prefix: displayPrefix(token) },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, token };
}

/** Revoking deletes the row: the hash then matches nothing, and the next request is a 401. */
export async function revokeApiToken(tokenId: string): Promise<void> {
  const db = await getDb();
  await db.apiToken.delete({ where: { id: tokenId } });
}

/** Records a use, unless one was recorded less than a minute ago (or the token went meanwhile). */
export async function touchApiToken(tokenId: string, now: Date): Promise<void> {
  const db = await getDb();
  await db.apiToken.updateMany({
    where: {
      id: tokenId,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
}
