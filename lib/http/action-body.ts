// A cheap look at a server action's body before the framework decodes it: React's decoder recurses on nesting
// and busboy throws on a broken multipart body, both answered with a 500. Each check here is one linear pass.

export const MAX_JSON_DEPTH = 32;
/** Far above what a form sends; bounds the work of the multipart scan. */
export const MAX_MULTIPART_PARTS = 1000;

export type ActionBodyProblem = "invalidUtf8" | "tooDeep" | "invalidJson" | "malformedMultipart";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const latin1 = new TextDecoder("latin1");

/**
 * The problem with an action body, or undefined when the framework may decode it.
 * Example: actionBodyProblem("text/plain;charset=UTF-8", bytesOf('["a",{"b":1}]')) → undefined.
 */
export function actionBodyProblem(contentType: string | undefined, body: Uint8Array): ActionBodyProblem | undefined {
  const mediaType = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType === "multipart/form-data") return multipartProblem(contentType ?? "", body);
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return "invalidUtf8";
  }
  if (mediaType === "application/x-www-form-urlencoded") return undefined;
  if (text === "") return undefined;
  if (jsonDepth(text) > MAX_JSON_DEPTH) return "tooDeep";
  try {
    JSON.parse(text);
  } catch {
    return "invalidJson";
  }
  return undefined;
}

/** The deepest nesting of brackets outside strings (JSON or text that might be: no parse, one pass). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (isInString) {
      if (char === "\\") i++;
      else if (char === '"') isInString = false;
    } else if (char === '"') isInString = true;
    else if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
    else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
  }
  return deepest;
}

function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/iu.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/**
 * RFC 7578 framing: a delimiter line, per part a header block that names the field, and a close delimiter. Field
 * values (not files) that look like JSON are held to the nesting limit, as React decodes them.
 */
function multipartProblem(contentType: string, body: Uint8Array): ActionBodyProblem | undefined {
  const boundary = boundaryOf(contentType);
  if (!boundary) return "malformedMultipart";
  // latin1 maps each byte to one character, so offsets are byte offsets and nothing can fail to decode.
  const text = latin1.decode(body);
  const delimiter = `--${boundary}`;
  if (!text.startsWith(delimiter)) return "malformedMultipart";
  let position = delimiter.length;
  for (let parts = 0; parts <= MAX_MULTIPART_PARTS; parts++) {
    if (text.startsWith("--", position)) return undefined;
    if (!text.startsWith("\r\n", position)) return "malformedMultipart";
    const headersEnd = text.indexOf("\r\n\r\n", position + 2);
    if (headersEnd === -1) return "malformedMultipart";
    const headers = text.slice(position + 2, headersEnd).split("\r\n");
    const disposition = headers.find((line) => /^content-disposition\s*:/iu.test(line));
    if (!disposition || !/^content-disposition\s*:\s*form-data\s*;.*\bname=/iu.test(disposition))
      return "malformedMultipart";
    const next = text.indexOf(`\r\n${delimiter}`, headersEnd + 4);
    if (next === -1) return "malformedMultipart";
    if (!/\bfilename\*?=/iu.test(disposition)) {
      const value = text.slice(headersEnd + 4, next);
      if (/^\s*[[{]/u.test(value) && jsonDepth(value) > MAX_JSON_DEPTH) return "tooDeep";
    }
    position = next + 2 + delimiter.length;
  }
  return "malformedMultipart";
}
