// Reads of personal API tokens. Never the token itself: it is not stored.
import "server-only";
import { getDb } from "../db.ts";

/** The owner's tokens for the profile page, newest first. */
export async function listApiTokens(userId: string) {
  const db = await getDb();
  return db.apiToken.findMany({
    where: { userId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

export async function findApiTokenOwner(tokenId: string): Promise<{ userId: string } | null> {
  const db = await getDb();
  return db.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true } });
}

/** The token with this hash and its user, as the API resolves a Bearer header. */
export async function findApiTokenByHash(tokenHash: string) {
  const db = await getDb();
  return db.apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      lastUsedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          disabled: true,
          uiLocale: true,
          readingLanguage: true,
        },
      },
    },
  });
}
