// "Forgot your password?" on better-auth's own endpoints (/request-password-reset, /reset-password): its token,
// one hour, single use. What is ours: where the link goes (an e-mail, or the server log of an install that sends
// none), the audit entry, the lockout it lifts, and every session of the account ended.
import type { BetterAuthOptions } from "better-auth";
import { lockoutKey } from "../lib/auth/lockout.ts";
import { recordAuditEntry } from "./audit/mutations.ts";
import { passwordResetEmail, requestLocale } from "./mail/account-emails.ts";
import type { Mailer } from "./mail/mailer.ts";
import { clearSignInFailures } from "./users/mutations.ts";

const RESET_LINK_LIFETIME_SECONDS = 3600;

/** The one line the embedded install prints, for its operator to pass on. */
const resetLinkLogLine = (email: string, url: string) =>
  `[auth] Password reset link for ${email} (valid one hour, no SMTP_URL set to e-mail it): ${url}`;

type PasswordResetOptions = Pick<
  NonNullable<BetterAuthOptions["emailAndPassword"]>,
  "sendResetPassword" | "resetPasswordTokenExpiresIn" | "revokeSessionsOnPasswordReset" | "onPasswordReset"
>;

export function passwordResetOptions(mailer: Mailer | undefined): PasswordResetOptions {
  return {
    resetPasswordTokenExpiresIn: RESET_LINK_LIFETIME_SECONDS,
    sendResetPassword: async ({ user, url }, request) => {
      if (!mailer) {
        console.info(resetLinkLogLine(user.email, url));
        return;
      }
      const email = await passwordResetEmail(user.email, url, requestLocale(request));
      // Not awaited: the SMTP round trip would make an address with an account answer measurably slower than one
      // without, which the neutral answer is there to hide.
      mailer.send(email).catch((error) => console.error(`Password reset e-mail to ${user.email} failed:`, error));
    },
    // Whoever knew the old password (the reason for a reset, sometimes) is signed out everywhere.
    revokeSessionsOnPasswordReset: true,
    onPasswordReset: async ({ user }) => {
      await recordAuditEntry({
        actorId: user.id,
        action: "user.password.reset",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.name,
      });
      // Locking themselves out with wrong guesses is often what sends people here; the new password ends that.
      await clearSignInFailures(lockoutKey(user.email));
    },
  };
}
