// fast-check arbitraries for what an attacker can put in a request: hostile strings (NUL, lone
// surrogates, broken percent-encoding, huge), values nested thousands deep, valid inputs with some
// fields swapped for those, raw bodies of arbitrary bytes, and header values. server/fuzz uses them.
import fc from "fast-check";

/** Fragments that broke parsers and databases before, mixed into arbitrary text. */
const nasty = [
  "\u0000",
  "\ud800",
  "\udfff",
  "\udc00\ud800",
  "%",
  "%ff",
  "%00",
  "%ED%A0%80",
  "%zz",
  "%25ff",
  "\u202e",
  "\ufeff",
  "😀",
  "Астана",
  "一带一路",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "\r\n",
  "=cmd|' /C calc'!A0",
  "__proto__",
];

const fragment = fc.oneof(fc.constantFrom(...nasty), fc.string({ unit: "binary", maxLength: 8 }));

/** A string near a field's size limits, or far beyond them (up to 300,000 characters). */
const sizedString = fc
  .oneof(
    fc.integer({ min: 190, max: 260 }),
    fc.integer({ min: 490, max: 520 }),
    fc.integer({ min: 7_990, max: 8_010 }),
    fc.integer({ min: 20_000, max: 300_000 }),
  )
  .chain((length) => fc.constantFrom("a", "я", "字", " ", "\u0000").map((unit) => unit.repeat(length)));

/** Short hostile text, for places that come many at a time (array items). */
const shortHostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "true", "false", "null", "0", "-1", "1e309", "NaN") },
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: shortHostileString },
  { weight: 1, arbitrary: sizedString },
);

/** A leaf wrapped in arrays or objects, 100 to 5,000 levels deep. */
const deeplyNested: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 5_000 }), fc.boolean(), hostileString)
  .map(([depth, asArray, leaf]) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
    return value;
  });

/** Any value a JSON body or a form field could carry, and some no JSON can. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true }) },
  { weight: 1, arbitrary: deeplyNested },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 53, -(2 ** 31), Number.NaN, Infinity, -0, true, false, null, undefined),
  },
  { weight: 1, arbitrary: fc.array(shortHostileString, { maxLength: 600 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4_096 }).map((bytes) => new File([bytes], "upload.tbx")) },
);

type Path = (string | number)[];

/** Every place in a plain value down to `depth` levels: the seed's own structure, not a deep value swapped in. */
function pathsOf(value: unknown, at: Path = [], depth = 6): Path[] {
  if (depth === 0 || value === null || typeof value !== "object" || value instanceof Blob) return [at];
  const children = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [at, ...children.flatMap(([key, item]) => pathsOf(item, [...at, key], depth - 1))];
}

type Container = Record<string | number, unknown>;

/**
 * A copy of `value` with `replacement` at `path`, or without that place when `isRemoval`. Keys become
 * own properties, also "__proto__", as JSON.parse makes them.
 */
function changeAt(value: unknown, path: Path, replacement: unknown, isRemoval = false): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const source = (value ?? {}) as Container;
  const copy = (Array.isArray(value) ? [...value] : { ...source }) as Container;
  if (isRemoval && rest.length === 0) {
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else delete copy[key];
    return copy;
  }
  Object.defineProperty(copy, key, {
    value: changeAt(source[key], rest, replacement, isRemoval),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/**
 * A valid input with one to three places swapped for hostile values (or a new key added, or a key
 * left out), so that most runs get past the first check and reach deeper code; sometimes any value at all.
 */
export function mutatedInput(seeds: readonly Record<string, unknown>[]): fc.Arbitrary<unknown> {
  const mutation = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constant("replace" as const), fc.nat(), hostileValue) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constant("add" as const),
        fc.constantFrom("__proto__", "constructor", "extra", "id", "role", "userId"),
        hostileValue,
      ),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constant("remove" as const), fc.nat(), fc.constant(undefined)) },
  );
  const mutated = fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([seed, mutations]) =>
      mutations.reduce<unknown>((value, [kind, where, replacement]) => {
        if (kind === "add") return changeAt(value, [where], replacement);
        const paths = pathsOf(value).filter((path) => path.length > 0);
        if (paths.length === 0) return value;
        return changeAt(value, paths[where % paths.length], replacement, kind === "remove");
      }, seed),
    );
  return fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: hostileValue });
}

/**
 * JSON text of a value, as a client would send it. A value too deep for this process's JSON.stringify
 * (fast-check's own frames are on the stack too) becomes its type tag: String() would recurse as deep.
 */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Bytes that are not UTF-8: lone continuation bytes, overlong forms, encoded surrogates, truncated sequences. */
const invalidUtf8 = fc.constantFrom(
  [0x80],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0xff, 0xfe],
);

/** A request body: JSON of a (mutated) value, broken JSON, arbitrary bytes, invalid UTF-8, deep nesting as text. */
export function hostileBody(json: fc.Arbitrary<unknown>): fc.Arbitrary<Uint8Array> {
  const encoder = new TextEncoder();
  return fc.oneof(
    { weight: 4, arbitrary: json.map((value) => encoder.encode(jsonText(value))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2_048 }) },
    {
      weight: 1,
      arbitrary: fc.tuple(json, invalidUtf8).map(([value, bytes]) => {
        const text = encoder.encode(jsonText(value));
        const at = Math.floor(text.length / 2);
        return Uint8Array.from([...text.subarray(0, at), ...bytes, ...text.subarray(at)]);
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1_000, max: 5_000 }), fc.constantFrom("[", '{"a":'), fc.boolean())
        .map(([depth, open, isClosed]) =>
          encoder.encode(open.repeat(depth) + "0" + (isClosed ? (open === "[" ? "]" : "}").repeat(depth) : "")),
        ),
    },
    { weight: 1, arbitrary: hostileString.map((text) => encoder.encode(text)) },
  );
}

/** A header value fetch's Headers accepts (no NUL, CR or LF; Latin-1), else garbage of any kind. */
export const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)), maxLength: 120 }),
  fc.constantFrom("%ff", "Bearer", "Bearer ", "Bearer prl_", "Basic Zm9vOmJhcg==", "null", "\t"),
);

/**
 * A path segment as a client would put it in a URL: percent-encoded UTF-8, a lone surrogate as the bytes
 * it would have (ED A0 80: no valid UTF-8), and broken escapes kept raw.
 */
export function encodePathSegment(segment: string): string {
  return [...segment]
    .map((char) => {
      if (/^\p{Cs}$/u.test(char)) return "%ED%A0%80";
      if (char === "%") return "%";
      return encodeURIComponent(char);
    })
    .join("");
}
