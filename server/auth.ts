// Accounts with better-auth: e-mail and password (scrypt hashes by the library), sessions in the
// database so that every app server shares them, per-IP rate limits stored in the database too,
// and our guards (server/auth-guards.ts). The instance is created lazily on the shared connection.
import { headers } from "next/headers";
import { cache } from "react";
import { betterAuth } from "better-auth";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { roles, type Role, type Viewer } from "../lib/auth/permissions.ts";
import { accountDatabaseHooks, accountGuards, SIGN_UP_ROLE } from "./auth-guards.ts";
import { authDatabase, type AuthDatabase } from "./db.ts";
import { existingAccountEmail, requestLocale, verificationEmail } from "./mail/account-emails.ts";
import { mailerFromEnv, type Mailer } from "./mail/mailer.ts";
import { passwordResetOptions } from "./password-reset.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./users/schema.ts";

export type AuthSettings = {
  /** Signs the session cookie; all app servers need the same one. */
  secret?: string;
  /** The public origin; when unset, better-auth takes it from each request. */
  baseURL?: string;
  trustedOrigins?: string[];
  /** Secure cookies (and their __Secure- prefix): production over https. */
  isSecure?: boolean;
  /**
   * Outgoing e-mail (SMTP_URL). With it, sign-up sends a link that confirms the address before the account can
   * sign in, and answers the same whether or not the address has an account. Without it (the embedded install),
   * sign-up signs in at once and the per-IP limit bounds how many addresses anyone can probe.
   */
  mailer?: Mailer;
  /** The lockout's clock; tests move it instead of sleeping. */
  now?: () => Date;
};

/** `database` comes from authDatabase() (server/db.ts): better-auth's adapter on the shared client. */
export function createAuth(database: AuthDatabase, settings: AuthSettings) {
  const guardContext = { now: settings.now ?? (() => new Date()) };
  const { mailer } = settings;
  return betterAuth({
    appName: "Parallel",
    secret: settings.secret,
    baseURL: settings.baseURL,
    trustedOrigins: settings.trustedOrigins,
    database,
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: !mailer,
      // better-auth then answers a sign-up for a taken address exactly like a new one (and hashes the password
      // anyway, so the time says nothing either); the owner of the address gets an e-mail instead.
      requireEmailVerification: Boolean(mailer),
      onExistingUserSignUp: mailer
        ? async ({ user }, request) => {
            const locale = requestLocale(request);
            const signIn = new URL(`/${locale}/sign-in`, settings.baseURL ?? request?.url).toString();
            await mailer.send(await existingAccountEmail(user.email, signIn, locale));
          }
        : undefined,
      ...passwordResetOptions(mailer),
    },
    emailVerification: mailer
      ? {
          sendOnSignUp: true,
          // Signing in before confirming answers EMAIL_NOT_VERIFIED and sends a fresh link.
          sendOnSignIn: true,
          autoSignInAfterVerification: true,
          expiresIn: 3600,
          sendVerificationEmail: async ({ user, url }, request) => {
            await mailer.send(await verificationEmail(user.email, url, requestLocale(request)));
          },
        }
      : undefined,
    user: {
      additionalFields: {
        // input: false — a sign-up body cannot choose its role or enable itself.
        role: { type: [...roles], required: false, input: false, defaultValue: SIGN_UP_ROLE },
        disabled: { type: "boolean", required: false, input: false, defaultValue: false },
        // Set through the profile action (server/users/actions.ts), validated there.
        uiLocale: { type: "string", required: false, input: false },
        readingLanguage: { type: "string", required: false, input: false },
      },
    },
    // The profile action is the one way to change a name: validated by our schema and policy.
    disabledPaths: ["/update-user"],
    // Default lifetime (7 days, extended daily) and no cookie cache: every request reads the
    // session row, so deleting it (sign-out elsewhere, disabling) takes effect at once.
    session: { cookieCache: { enabled: false } },
    // Per IP: better-auth reads the address from X-Forwarded-For, which the front door (server/http/front-door.ts)
    // always overwrites with the one address it resolved against AUTH_TRUSTED_PROXIES, so a client cannot pick it.
    rateLimit: {
      // Also outside production: the tests exercise the same limits users meet.
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        // Per IP; the per-account lockout (lib/auth/lockout.ts) covers attackers with many IPs.
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 600, max: 10 },
        // Each request may send an e-mail: few per IP, as for sign-up (better-auth's default here is 3 a minute).
        "/request-password-reset": { window: 600, max: 5 },
        "/reset-password": { window: 600, max: 10 },
      },
    },
    advanced: {
      useSecureCookies: settings.isSecure ?? false,
      // No configured origin (the embedded `npm start`): the origin is the host the browser asked
      // for, which Next forwards as x-forwarded-host. A cross-site page still cannot forge Origin.
      trustedProxyHeaders: !settings.baseURL,
      // better-auth skips the Origin check under NODE_ENV=test; ours tests what production does.
      disableOriginCheck: false,
    },
    databaseHooks: accountDatabaseHooks(),
    plugins: [accountGuards(guardContext)],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The app's settings from the environment (README "Production settings"). */
export function authSettingsFromEnv(env: Record<string, string | undefined> = process.env): AuthSettings {
  const origins = [env.BETTER_AUTH_URL, env.PUBLIC_URL].flatMap((url) =>
    url?.trim() ? [new URL(url.trim()).origin] : [],
  );
  const baseURL = origins[0];
  return {
    secret: env.BETTER_AUTH_SECRET || undefined,
    baseURL,
    trustedOrigins: [...new Set(origins)],
    isSecure: env.NODE_ENV === "production" && baseURL?.startsWith("https://") === true,
    mailer: mailerFromEnv(env),
  };
}

const globalForAuth = globalThis as unknown as { parallelAuth?: Promise<Auth> };

/** The process's auth instance on the shared client, created on first use (never at build time). */
export function getAuth(): Promise<Auth> {
  globalForAuth.parallelAuth ??= authDatabase().then((database) => {
    const settings = authSettingsFromEnv();
    if (!settings.secret && process.env.NODE_ENV === "production") {
      throw new Error("BETTER_AUTH_SECRET is not set: `npm start` generates one into .env.local, or set it (README)");
    }
    return createAuth(database, settings);
  });
  return globalForAuth.parallelAuth;
}

export type SessionViewer = Viewer & {
  name: string;
  email: string;
  /** Preferred interface language, or null to follow the browser. */
  uiLocale: Locale | null;
  /** Preferred translation language in the reader (BCP 47), or null. */
  readingLanguage: string | null;
};

type UserRow = {
  id: string;
  name: string;
  email: string;
  role?: string | null;
  uiLocale?: string | null;
  readingLanguage?: string | null;
};

/** The viewer a user row stands for, whether it came with a session or an API token. */
export function toSessionViewer(user: UserRow): SessionViewer {
  const { id, name, email, role, uiLocale, readingLanguage } = user;
  return {
    id,
    name,
    email,
    // The column is never null; should a row lack it, it grants the least.
    role: roles.includes(role as Role) ? (role as Role) : "reader",
    isDisabled: false,
    uiLocale: isLocale(uiLocale) ? uiLocale : null,
    readingLanguage: readingLanguage ?? null,
  };
}

/** The signed-in user of a request, or null (anonymous, expired, or disabled): route handlers and tests. */
export async function getViewerOf(requestHeaders: Headers, auth?: Auth): Promise<SessionViewer | null> {
  const session = await (auth ?? (await getAuth())).api.getSession({ headers: requestHeaders });
  if (!session || session.user.disabled) return null;
  return toSessionViewer(session.user);
}

/**
 * The viewer of the current page request. Layout, header and page all ask; cache() makes that one
 * session read per request. Zero arguments on purpose: headers() returns a new object on every call,
 * so a cache keyed by it would never hit.
 */
export const getViewer = cache(async (): Promise<SessionViewer | null> => getViewerOf(await headers()));
