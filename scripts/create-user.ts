// Creates an account from the command line (`npm run user:create`, see user-create.ts): through
// better-auth's own sign-up, so the password is validated and hashed exactly as on the web.
import { z } from "zod";
import type { Auth } from "../server/auth.ts";
import { deleteUserSessions, setUserRole } from "../server/users/mutations.ts";
import { fieldErrorsOf } from "../lib/validation/field-errors.ts";
import { createUserSchema, fieldErrorMessages } from "../server/users/schema.ts";

export type CreatedUser = { id: string; email: string; role: string };

export class CreateUserError extends Error {}

export async function createUser(auth: Auth, raw: Record<string, unknown>): Promise<CreatedUser> {
  const parsed = createUserSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CreateUserError(
      fieldErrorsOf(parsed.error)
        .map(({ path, code }) => `--${path}: ${fieldErrorMessages[code]}`)
        .join("\n"),
    );
  }
  const { email, password, role } = parsed.data;
  const name = parsed.data.name ?? email.slice(0, email.indexOf("@"));
  const { user } = await auth.api.signUpEmail({ body: { email, password, name } }).catch((error: unknown) => {
    throw new CreateUserError(error instanceof Error && error.message ? error.message : "Sign-up failed");
  });
  // Sign-up signs the new user in; nobody holds that session, so it goes.
  await deleteUserSessions(user.id);
  // The first account of an install is admin already (auth-guards.ts); otherwise set the role, audited.
  await setUserRole({ userId: user.id, role, actorId: null });
  return { id: user.id, email: user.email, role };
}

/** The password may come on stdin instead of the command line, where `ps` and shell history see it. */
export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  let data = "";
  for await (const chunk of stdin) data += chunk;
  return z.string().parse(data.split(/\r?\n/)[0]);
}
