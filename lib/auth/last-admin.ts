// The install keeps at least one active admin: nobody could grant roles or re-enable accounts
// otherwise. Pure: the caller reads the user and whether another active admin exists.
import type { Role } from "./permissions.ts";

export type AccountState = { role: Role; disabled: boolean };
export type AccountChange = { role?: Role; disabled?: boolean };

const isActiveAdmin = ({ role, disabled }: AccountState) => role === "admin" && !disabled;

/**
 * Whether the change takes an active admin away: a demotion or disabling of one.
 * Example: removesActiveAdmin({ role: "admin", disabled: false }, { role: "editor" }) → true
 */
export function removesActiveAdmin(before: AccountState, change: AccountChange): boolean {
  return isActiveAdmin(before) && !isActiveAdmin({ ...before, ...change });
}
