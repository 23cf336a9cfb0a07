// better-auth against the run's test database, driven through its real HTTP handler.
import { createAuth, type Auth, type AuthSettings } from "../auth.ts";
import { authDatabase } from "../db.ts";
import { uniqueSuffix } from "./test-db.ts";

export const TEST_ORIGIN = "http://localhost:3000";
const TEST_SECRET = "test-secret-for-vitest-only-0123456789abcdef";

export async function createTestAuth(settings: Partial<AuthSettings> = {}): Promise<Auth> {
  return createAuth(await authDatabase(), {
    secret: TEST_SECRET,
    baseURL: TEST_ORIGIN,
    ...settings,
  });
}

/** A documentation-range IP of its own, so one test's requests never meet another's rate limit. */
export function uniqueIp(): string {
  const n = Math.floor(Math.random() * 65_536);
  return `198.18.${n >> 8}.${n & 255}`;
}

export function uniqueEmail(label = "user"): string {
  return `${label}-${uniqueSuffix()}@example.org`;
}

type Call = {
  body?: unknown;
  cookie?: string;
  ip?: string;
  method?: "GET" | "POST";
  rawBody?: string;
  headers?: Record<string, string>;
};

/** One request through `auth.handler`, as a browser on TEST_ORIGIN would send it. */
export async function callAuth(
  auth: Auth,
  path: string,
  { body, cookie, ip, method = "POST", rawBody, headers: extra }: Call = {},
) {
  const headers = new Headers({ origin: TEST_ORIGIN, "x-forwarded-for": ip ?? uniqueIp(), ...extra });
  if (method === "POST") headers.set("content-type", "application/json");
  if (cookie) headers.set("cookie", cookie);
  const response = await auth.handler(
    new Request(`${TEST_ORIGIN}/api/auth${path}`, {
      method,
      headers,
      body: method === "POST" ? (rawBody ?? JSON.stringify(body ?? {})) : undefined,
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : null,
    cookie: sessionCookie(response),
  };
}

/** The `name=value` of the session cookie a response sets, for the next request's Cookie header. */
function sessionCookie(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((c) => /session_token=/.test(c));
  return cookie?.split(";")[0];
}

export async function signUp(auth: Auth, input: { email?: string; password?: string; name?: string } = {}) {
  const body = { name: "Test user", email: uniqueEmail(), password: "correct horse battery", ...input };
  const result = await callAuth(auth, "/sign-up/email", { body });
  if (result.status !== 200) throw new Error(`sign-up failed: ${result.status} ${JSON.stringify(result.json)}`);
  return { ...result, email: body.email, password: body.password, userId: result.json.user.id as string };
}
