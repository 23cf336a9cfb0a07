// Turns an uploaded XML file into text the way the XML spec says (byte order mark, then the declaration),
// and refuses what cannot be decoded cleanly: too large, empty, unknown encoding, bytes that do not fit it.
import { lineAt } from "../import-report";

type XmlDecodeErrorCode = "empty" | "tooLarge" | "unsupportedEncoding" | "invalidEncoding" | "encodingMismatch";

export type XmlDecodeResult =
  | { text: string; encoding: string; warnings: { code: "replacementCharacter"; line: number; detail: string }[] }
  | { error: { code: XmlDecodeErrorCode; line?: number; detail: string } };

export const defaultMaxBytes = 50 * 1024 * 1024;

const declaredEncoding = (head: string) =>
  /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/u.exec(head)?.[1];

const family = (label: string) => {
  const name = label.toLowerCase().replace(/[^a-z0-9]/gu, "");
  return name === "utf8" ? "utf-8" : name.startsWith("utf16") || name === "ucs2" ? "utf-16" : name;
};

// Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1.
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i];
    if (byte < 0x80) {
      i++;
      continue;
    }
    const size =
      byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    const second = bytes[i + 1];
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < size; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += size;
  }
  return -1;
}

function utf8Length(text: string, limit: number): number {
  let length = 0;
  for (let i = 0; i < text.length && length <= limit; i++) {
    const code = text.charCodeAt(i);
    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? (i++, 4) : 3;
  }
  return length;
}

function decoded(text: string, encoding: string): XmlDecodeResult {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") return { error: { code: "empty", detail: "" } };
  const lost = body.indexOf("\uFFFD");
  // Someone decoded these bytes with replacement before us: the characters shown as U+FFFD are gone.
  const warnings =
    lost === -1 ? [] : [{ code: "replacementCharacter" as const, line: lineAt(body, lost), detail: "U+FFFD" }];
  return { text: body, encoding, warnings };
}

/**
 * Decodes XML bytes by BOM, then by declaration (UTF-8 when none); a string is taken as already decoded.
 * @example decodeXml(new TextEncoder().encode('<?xml version="1.0"?><a/>')) // { text: '<?xml version="1.0"?><a/>', encoding: "utf-8", warnings: [] }
 */
export function decodeXml(input: string | Uint8Array, maxBytes = defaultMaxBytes): XmlDecodeResult {
  if (typeof input === "string") {
    const size = input.length > maxBytes ? input.length : utf8Length(input, maxBytes);
    if (size > maxBytes) return { error: { code: "tooLarge", detail: `>${maxBytes}` } };
    return decoded(input, "utf-16");
  }
  if (input.length > maxBytes) return { error: { code: "tooLarge", detail: `${input.length}>${maxBytes}` } };
  const [b0, b1, b2, b3] = input;
  let bom: string | null = null;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) bom = "utf-8";
  else if (
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) ||
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
  ) {
    return { error: { code: "unsupportedEncoding", detail: "UTF-32" } };
  } else if (b0 === 0xff && b1 === 0xfe) bom = "utf-16le";
  else if (b0 === 0xfe && b1 === 0xff) bom = "utf-16be";
  // Without a BOM, "<?" in two-byte units still says UTF-16 and which byte order.
  const sniffed =
    bom ??
    (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0
      ? "utf-16le"
      : b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f
        ? "utf-16be"
        : null);
  const head = sniffed?.startsWith("utf-16")
    ? new TextDecoder(sniffed).decode(input.subarray(0, 512))
    : new TextDecoder("latin1").decode(input.subarray(0, 512));
  const declared = declaredEncoding(head.replace(/^\uFEFF/u, ""));
  if (sniffed && declared && family(declared) !== family(sniffed)) {
    return { error: { code: "encodingMismatch", line: 1, detail: `${sniffed}≠${declared}` } };
  }
  const encoding = sniffed ?? declared ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    return { error: { code: "unsupportedEncoding", line: 1, detail: encoding } };
  }
  if (decoder.encoding === "utf-8") {
    const bad = firstInvalidUtf8(input);
    if (bad !== -1) {
      const line = input.subarray(0, bad).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
      return {
        error: {
          code: "invalidEncoding",
          line,
          detail: `utf-8 byte 0x${input[bad].toString(16).padStart(2, "0")} at ${bad}`,
        },
      };
    }
  } else if (
    !decoder.encoding.startsWith("utf-16") &&
    firstInvalidUtf8(input) === -1 &&
    input.some((byte) => byte >= 0x80)
  ) {
    // Declared as a single-byte encoding, but every byte above 127 forms valid UTF-8: the declaration is wrong,
    // and decoding as declared would import "Ã©" for "é".
    return { error: { code: "encodingMismatch", line: 1, detail: `${declared ?? encoding}≠utf-8` } };
  }
  try {
    return decoded(decoder.decode(input), decoder.encoding);
  } catch {
    return { error: { code: "invalidEncoding", detail: decoder.encoding } };
  }
}
