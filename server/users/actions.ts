"use server";
// Server actions on users: an admin changes a role or disables an account; everyone edits their
// own profile. Each is the factory's checks (server/action.ts) plus one mutation.
import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "../../i18n/locales.ts";
import { defineAction } from "../action.ts";
import { setUserDisabled, setUserRole, updateProfile } from "./mutations.ts";
import { setUserDisabledSchema, setUserRoleSchema, updateProfileSchema } from "./schema.ts";

export const setUserRoleAction = defineAction({
  action: "user.setRole",
  schema: setUserRoleSchema,
  handler: (viewer, input) => setUserRole({ ...input, actorId: viewer.id }),
  after: () => refresh(),
});

/** Disabling ends the user's sessions and revokes their API tokens in the same transaction (setUserDisabled). */
export const setUserDisabledAction = defineAction({
  action: "user.disable",
  schema: setUserDisabledSchema,
  handler: (viewer, input) => setUserDisabled({ ...input, actorId: viewer.id }),
  after: () => refresh(),
});

/** The viewer's own profile only: the input names no user. */
export const updateProfileAction = defineAction({
  action: "profile.update",
  schema: updateProfileSchema,
  handler: (viewer, input) => updateProfile({ userId: viewer.id, ...input }),
  after: async (profile) => {
    // The same cookie the locale switcher sets, so that "/" opens in this language at once.
    if (profile.uiLocale) (await cookies()).set(LOCALE_COOKIE, profile.uiLocale, { path: "/", sameSite: "lax" });
    refresh();
  },
});
