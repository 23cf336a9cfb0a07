// Per-account sign-in lockout: after repeated wrong passwords for one e-mail address, sign-in for
// that address is refused for a while, whichever IP the attempts come from. Pure: the caller
// loads the state, passes `now`, and stores what comes back.

export type LockoutPolicy = {
  /** Wrong passwords within `windowMs` that lock the account. */
  maxFailures: number;
  windowMs: number;
  /** How long a lock lasts. */
  lockMs: number;
};

const MINUTE = 60_000;

/** 5 wrong passwords within 15 minutes lock the address for 15 minutes (OWASP's usual range). */
export const lockoutPolicy: LockoutPolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export type LockoutState = {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
};

export type LockoutCheck = { isLocked: false } | { isLocked: true; retryAfterSeconds: number };

/**
 * Whether a sign-in may be tried now.
 * Example: checkLockout({ failures: 5, windowStartedAt, lockedUntil: 10:15 }, 10:05) → { isLocked: true, retryAfterSeconds: 600 }
 */
export function checkLockout(state: LockoutState | null, now: Date): LockoutCheck {
  if (!state?.lockedUntil || state.lockedUntil.getTime() <= now.getTime()) return { isLocked: false };
  return { isLocked: true, retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000) };
}

/**
 * The state after one more wrong password. A failure outside the window, or after a lock has run
 * out, starts a new count: an unlocked account gets the full number of tries again.
 * Example: registerFailure({ failures: 4, windowStartedAt: 10:00, lockedUntil: null }, 10:05) → locked until 10:20
 */
export function registerFailure(
  state: LockoutState | null,
  now: Date,
  policy: LockoutPolicy = lockoutPolicy,
): LockoutState {
  const isFresh =
    !state ||
    now.getTime() - state.windowStartedAt.getTime() >= policy.windowMs ||
    (state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime());
  const failures = isFresh ? 1 : state.failures + 1;
  const windowStartedAt = isFresh ? now : state.windowStartedAt;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}

/** Lockout rows last written before this carry no information any more and may be deleted. */
export function staleBefore(now: Date, policy: LockoutPolicy = lockoutPolicy): Date {
  return new Date(now.getTime() - Math.max(policy.windowMs, policy.lockMs));
}

/** The key a lockout is kept under: better-auth compares e-mails lower-cased and trimmed. */
export function lockoutKey(email: string): string {
  return email.trim().toLowerCase();
}
