// Refuses state-changing requests that a browser sends from another site (CSRF): an Origin
// header that is not ours. Clients that send no Origin (API tokens, curl) are not browsers.

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Example: isCrossSiteMutation({ method: "POST", origin: "https://evil.example", allowedOrigins: ["https://parallel.example"] }) → true
 */
export function isCrossSiteMutation(request: {
  method: string;
  origin: string | null;
  allowedOrigins: string[];
}): boolean {
  if (safeMethods.has(request.method.toUpperCase())) return false;
  if (request.origin === null) return false;
  // "null" is what sandboxed frames and some redirects send: never one of ours.
  if (request.origin === "null") return true;
  return !request.allowedOrigins.some((allowed) => sameOrigin(allowed, request.origin!));
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
