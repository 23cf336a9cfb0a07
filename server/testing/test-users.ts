// Users of a given role straight in the test database, and the viewer a request of theirs would
// resolve to: for calling server actions through `run` and API routes with a token.
import type { Role } from "../../lib/auth/permissions.ts";
import { toSessionViewer, type SessionViewer } from "../auth.ts";
import { createApiToken } from "../api-tokens/mutations.ts";
import { getTestDb, uniqueSuffix } from "./test-db.ts";

export type TestUser = { id: string; email: string; name: string; role: Role; viewer: SessionViewer };

export async function createTestUser(
  role: Role,
  { disabled = false, label = role }: { disabled?: boolean; label?: string } = {},
): Promise<TestUser> {
  const db = await getTestDb();
  const suffix = uniqueSuffix();
  const user = await db.user.create({
    data: { name: `${label} ${suffix}`, email: `${label}-${suffix}@test.invalid`, role, disabled },
  });
  // A disabled user's viewer is the one they held before being disabled: the policy must refuse it.
  const viewer = { ...toSessionViewer(user), isDisabled: disabled };
  return { id: user.id, email: user.email, name: user.name, role, viewer };
}

/** A personal API token of the user, as an Authorization header value. */
export async function bearerFor(userId: string): Promise<string> {
  const { token } = await createApiToken({ userId, name: `test token ${uniqueSuffix()}` });
  return `Bearer ${token}`;
}
