// Where to go after signing in: a path inside this site only, so that a crafted link
// (`/sign-in?next=https://evil.example`) cannot send a freshly signed-in user elsewhere.

const MAX_LENGTH = 512;

/**
 * The path to continue to, without locale prefix, or "/" when the value is missing or unsafe.
 * Example: safeNextPath("/account/password") → "/account/password"; safeNextPath("//evil.example") → "/"
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return "/";
  // One leading slash and no backslash: "//host" and "/\host" are other origins to a browser.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!/^\/(?![/\\])/.test(value) || value.includes("\\") || /[\u0000-\u001f]/.test(value)) return "/";
  return value;
}
