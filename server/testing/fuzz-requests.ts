// The parts of a hostile request to a route handler, from the route file's path and valid seeds:
// path segments, query string and body (JSON bytes or multipart form). server/fuzz/route-handlers.test.ts.
import fc from "fast-check";
import { encodePathSegment, hostileBody, hostileString, jsonText, mutatedInput } from "./fuzz-inputs.ts";

export type RouteSeeds = {
  /** Valid values of each dynamic segment of the file's path: a string for [name], a list for [...name]. */
  params?: Record<string, (string | string[])[]>;
  query?: Record<string, unknown>[];
  /** JSON bodies. */
  json?: Record<string, unknown>[];
  /** multipart/form-data bodies: File values are sent as files, the rest as text. */
  form?: Record<string, unknown>[];
  /** Raw bodies (an uploaded file as it is): sent as they are, cut short, or with hostile bytes spliced in. */
  raw?: string[];
};

/** "[idOrSlug]" and "[...all]" of a route file's path, in order. */
const dynamicSegments = (file: string) =>
  [...file.matchAll(/\[(\.\.\.)?([^[\]]+)\]/g)].map(([, spread, name]) => ({ name, isCatchAll: Boolean(spread) }));

export function paramsArbitrary(file: string, seeds: RouteSeeds["params"] = {}) {
  const entries = dynamicSegments(file).map(({ name, isCatchAll }) => {
    const hostile = isCatchAll ? fc.array(hostileString, { minLength: 1, maxLength: 4 }) : hostileString;
    const known = seeds[name]?.length ? [fc.constantFrom(...seeds[name])] : [];
    return [name, fc.oneof(...known, hostile)] as const;
  });
  return fc.record(Object.fromEntries(entries)) as fc.Arbitrary<Record<string, string | string[]>>;
}

/** The URL path a client would have requested for these params: the file's path with each segment filled in. */
export function urlPath(file: string, params: Record<string, string | string[]>) {
  const template = file.replace(/^app/, "").replace(/\/route\.ts$/, "");
  return template.replace(/\[(?:\.\.\.)?([^[\]]+)\]/g, (_, name: string) =>
    [params[name]].flat().map(encodePathSegment).join("/"),
  );
}

export const queryArbitrary = (seeds: Record<string, unknown>[]) =>
  fc.oneof(
    mutatedInput(seeds.length ? seeds : [{}]).map((value) =>
      value !== null && typeof value === "object"
        ? new URLSearchParams(
            Object.entries(value).map(([key, item]) => [key, typeof item === "string" ? item : jsonText(item)]),
          ).toString()
        : jsonText(value),
    ),
    hostileString,
  );

function formBody(value: unknown): FormData {
  const form = new FormData();
  if (value === null || typeof value !== "object") form.append("value", jsonText(value));
  else
    for (const [key, item] of Object.entries(value))
      form.append(key, item instanceof Blob ? item : typeof item === "string" ? item : jsonText(item));
  return form;
}

export const bodyArbitrary = (seeds: RouteSeeds): fc.Arbitrary<BodyInit | undefined> =>
  fc.oneof<fc.Arbitrary<BodyInit>[]>(
    hostileBody(mutatedInput(seeds.json ?? [{}])).map(
      (bytes) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/json" }),
    ),
    ...(seeds.form ? [mutatedInput(seeds.form).map(formBody)] : []),
    ...(seeds.raw ? [rawBody(seeds.raw)] : []),
  );

export const rawBody = (seeds: string[]): fc.Arbitrary<BodyInit> =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.uint8Array({ maxLength: 64 }))
    .chain(([seed, at, bytes]) => {
      const file = new TextEncoder().encode(seed);
      const cut = at % (file.length + 1);
      const spliced = new Uint8Array([...file.subarray(0, cut), ...bytes, ...file.subarray(cut)]);
      return fc.constantFrom(file, file.subarray(0, cut), spliced);
    })
    .map((bytes) => new Blob([bytes as Uint8Array<ArrayBuffer>]));
