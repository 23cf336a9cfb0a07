"use server";
// Server actions on the viewer's personal API tokens (profile page).
import { refresh } from "next/cache";
import { defineAction } from "../action.ts";
import { AppError } from "../errors.ts";
import { assertAllowed, NOT_FOUND_MESSAGE } from "../policy.ts";
import { createApiToken, revokeApiToken } from "./mutations.ts";
import { findApiTokenOwner } from "./queries.ts";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schema.ts";

/** The result carries the token: the one time it is ever shown. */
export const createApiTokenAction = defineAction({
  action: "apiToken.create",
  schema: createApiTokenSchema,
  handler: (viewer, input) => createApiToken({ userId: viewer.id, name: input.name }),
  after: () => refresh(),
});

/**
 * Someone else's token is NOT_FOUND for anyone but an admin, exactly as an id that does not exist
 * (same code, same message): the answer must not tell a caller which token ids exist.
 */
export const revokeApiTokenAction = defineAction({
  action: "apiToken.revoke",
  schema: revokeApiTokenSchema,
  handler: async (viewer, { tokenId }) => {
    const token = await findApiTokenOwner(tokenId);
    if (!token) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    assertAllowed(viewer, "apiToken.revoke", { ownerId: token.userId });
    await revokeApiToken(tokenId);
  },
  after: () => refresh(),
});
