// Whether a request line's target is one the app can route: well-formed percent-encoding, valid UTF-8, no
// control characters. The framework answers such paths with a plain-text 500; the front door refuses them first.

export type TargetProblem = "notOriginForm" | "malformedEncoding" | "controlCharacter";

// C0 controls, DEL and the C1 controls: never part of a slug, a locale or a file name.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/u;
const percentTriplet = /%[0-9a-f]{2}/giu;
const encodedNul = /%00/u;

/**
 * The problem with a request target, or undefined when it may be routed.
 * Example: targetProblem("/en/articles/%25ff") → "malformedEncoding"; targetProblem("/en/articles/caf%C3%A9")
 * → undefined.
 */
export function targetProblem(target: string): TargetProblem | undefined {
  if (!target.startsWith("/")) return "notOriginForm";
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? "" : target.slice(queryStart + 1);
  if (controlCharacter.test(target)) return "controlCharacter";
  const decoded = decodeStrictly(path);
  if (decoded === undefined) return "malformedEncoding";
  if (controlCharacter.test(decoded)) return "controlCharacter";
  // Route parameters are decoded once more on their way to a page (next-intl's rewrite passes the decoded path on):
  // what is left after the first decoding must decode again to valid, printable text. Double-encoded text
  // ("%25e4%25b8%25ad") is fine; "%25ff" (invalid UTF-8), "%2500" (NUL) and a literal "%" are not: no route of the
  // app has a percent sign in it, and the framework answers them with a 500.
  const second = decodeStrictly(decoded);
  if (second === undefined) return "malformedEncoding";
  if (controlCharacter.test(second)) return "controlCharacter";
  // A NUL byte cannot be stored in PostgreSQL text, whatever the route does with the query.
  if (encodedNul.test(query)) return "controlCharacter";
  return undefined;
}

/** decodeURIComponent that reports a stray "%" or invalid UTF-8 as undefined. */
function decodeStrictly(text: string): string | undefined {
  const stray = text.replace(percentTriplet, "").includes("%");
  if (stray) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
