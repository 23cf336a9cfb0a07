// The entries page's URL search parameters: read leniently (a bad value is dropped, not the whole search), and
// written back for links that change one of them (a page, the sort) while keeping the others.
import type { z } from "zod";

type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * One string per parameter (the first when repeated), blank ones left out: a GET form sends `text=` for an
 * empty box, which means "no text filter".
 * @example firstValues({ text: ["asie", "x"], language: "", page: "2" }) // { text: "asie", page: "2" }
 */
export function firstValues(raw: RawSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim() !== "") values[key] = first;
  }
  return values;
}

/**
 * The schema's output for `values` once the parameters it refuses are dropped, so that one mistyped value
 * (`?status=unknown`) keeps the rest of the search; `invalid` names the dropped ones.
 * @example parseLeniently(schema, { text: "asie", page: "x" }) // { data: { text: "asie", page: 1, … }, invalid: ["page"] }
 */
export function parseLeniently<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
): { data: z.output<S>; invalid: string[] } {
  const first = schema.safeParse(values);
  if (first.success) return { data: first.data, invalid: [] };
  const invalid = [...new Set(first.error.issues.map((issue) => String(issue.path[0] ?? "")))].filter(
    (key) => key in values,
  );
  const rest = Object.fromEntries(Object.entries(values).filter(([key]) => !invalid.includes(key)));
  const second = schema.safeParse(rest);
  if (!second.success) throw second.error;
  return { data: second.data, invalid };
}

/**
 * The query of a link to the same list with some parameters changed; values equal to the defaults (and empty
 * ones) are left out so that URLs stay short and one search has one URL.
 * @example entryQuery({ text: "asie", page: 3, sort: "updated" }, { page: 1 }, { sort: "updated", page: 1 }) // { text: "asie" }
 */
export function entryQuery(
  current: Record<string, string | number | undefined>,
  changes: Record<string, string | number | undefined>,
  defaults: Record<string, string | number>,
): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...current, ...changes })) {
    if (value === undefined || value === "" || defaults[key] === value) continue;
    query[key] = String(value);
  }
  return query;
}
