"use server";
// Server actions on the viewer's personal API tokens (profile page).
import { refresh } from "next/cache";
import { defineAction } from "../action.ts";
import { AppError } from "../errors.ts";
import { assertAllowed } from "../policy.ts";
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

export const revokeApiTokenAction = defineAction({
  action: "apiToken.revoke",
  schema: revokeApiTokenSchema,
  handler: async (viewer, { tokenId }) => {
    const token = await findApiTokenOwner(tokenId);
    if (!token) throw new AppError("NOT_FOUND", "No such token");
    assertAllowed(viewer, "apiToken.revoke", { ownerId: token.userId });
    await revokeApiToken(tokenId);
  },
  after: () => refresh(),
});
