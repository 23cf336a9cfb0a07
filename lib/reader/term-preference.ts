// Whether the reader marks glossary terms, and which glossaries it leaves out: remembered in a cookie.
// Left-out glossaries are stored rather than chosen ones, so a glossary created later applies by default.
import { z } from "zod";

export const TERM_MARKS_COOKIE = "parallel_terms";

/** How many left-out glossaries a cookie keeps: far more than any reader unticks, far less than a cookie holds. */
const MAX_HIDDEN = 40;

const glossaryId = z.string().regex(/^[\w-]{1,64}$/);

export type TermMarksPreference = { isOn: boolean; hiddenGlossaryIds: string[] };

export const DEFAULT_TERM_MARKS: TermMarksPreference = { isOn: true, hiddenGlossaryIds: [] };

function hiddenIds(values: Iterable<string>): string[] {
  return [...new Set([...values].filter((value) => glossaryId.safeParse(value).success))].slice(0, MAX_HIDDEN);
}

/**
 * Reads the cookie value (`marks=off&hide=id1,id2`); anything invalid falls back to the default, never an error.
 * @example parseTermMarksPreference("marks=off") // { isOn: false, hiddenGlossaryIds: [] }
 */
export function parseTermMarksPreference(value: string | undefined): TermMarksPreference {
  if (!value) return DEFAULT_TERM_MARKS;
  const params = new URLSearchParams(value.includes("%") ? safeDecode(value) : value);
  return { isOn: params.get("marks") !== "off", hiddenGlossaryIds: hiddenIds((params.get("hide") ?? "").split(",")) };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}

/** The cookie value; the default serializes to "marks=on". */
export function serializeTermMarksPreference(preference: TermMarksPreference): string {
  const params = new URLSearchParams({ marks: preference.isOn ? "on" : "off" });
  const hidden = hiddenIds(preference.hiddenGlossaryIds);
  if (hidden.length) params.set("hide", hidden.join(","));
  return params.toString();
}

/**
 * Field names of the reader's glossary form (components/reader/term-marks-form.tsx), also read by the proxy without
 * JavaScript.
 */
export const termFormFields = { marker: "termsForm", isOn: "terms", offered: "offered", chosen: "glossary" } as const;

/**
 * The preference a submitted glossary form asks for: the glossaries offered but not ticked are left out. Null when
 * the params are not that form. Left-out glossaries the form did not offer stay left out (`previous`).
 * @example preferenceFromForm(new URLSearchParams("termsForm=1&terms=on&offered=a&offered=b&glossary=a"), DEFAULT_TERM_MARKS)
 * // { isOn: true, hiddenGlossaryIds: ["b"] }
 */
export function preferenceFromForm(params: URLSearchParams, previous: TermMarksPreference): TermMarksPreference | null {
  if (!params.has(termFormFields.marker)) return null;
  const offered = new Set(params.getAll(termFormFields.offered));
  const chosen = new Set(params.getAll(termFormFields.chosen));
  const keptHidden = previous.hiddenGlossaryIds.filter((id) => !offered.has(id));
  return {
    isOn: params.get(termFormFields.isOn) === "on",
    hiddenGlossaryIds: hiddenIds([...keptHidden, ...[...offered].filter((id) => !chosen.has(id))]),
  };
}

/**
 * The glossaries whose terms are marked: every one the reader has not left out, none when marking is off.
 * @example appliedGlossaryIds({ isOn: true, hiddenGlossaryIds: ["b"] }, ["a", "b", "c"]) // ["a", "c"]
 */
export function appliedGlossaryIds(preference: TermMarksPreference, glossaryIds: readonly string[]): string[] {
  if (!preference.isOn) return [];
  const hidden = new Set(preference.hiddenGlossaryIds);
  return glossaryIds.filter((id) => !hidden.has(id));
}
