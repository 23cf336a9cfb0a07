// Converts franc's ISO 639-3 codes to the shortest BCP 47 tag, and normalizes declared tags
// ("zh-Hans", "fra", "EN-us") to the primary language the app keys languages by.
import { iso6393To1 } from "iso-639-3";

// Individual languages that franc reports, whose macrolanguage has a two-letter code: BCP 47 prefers it.
const macrolanguages: Record<string, string> = {
  cmn: "zh",
  arb: "ar",
  pes: "fa",
  swh: "sw",
  uzn: "uz",
  zlm: "ms",
  azj: "az",
  plt: "mg",
  als: "sq",
  lvs: "lv",
  ekk: "et",
  khk: "mn",
  pbu: "ps",
  npi: "ne",
  ydd: "yi",
  quy: "qu",
  quz: "qu",
  qug: "qu",
  ayr: "ay",
  fuv: "ff",
  knc: "kr",
  src: "sc",
  lua: "lu",
};

/**
 * The shortest BCP 47 tag for an ISO 639-3 code; "und" stays "und".
 * @example bcp47FromIso6393("kaz") // "kk"; bcp47FromIso6393("cmn") // "zh"; bcp47FromIso6393("ceb") // "ceb"
 */
export function bcp47FromIso6393(code: string): string {
  return iso6393To1[code] ?? macrolanguages[code] ?? code;
}

const toIso6393: Record<string, string> = Object.fromEntries(
  [...Object.entries(iso6393To1), ...Object.entries(macrolanguages)].map(([three, short]) => [short, three]),
);

/**
 * The ISO 639-3 code franc uses for a BCP 47 tag, so callers can pass "fr" as a candidate.
 * @example iso6393FromBcp47("fr") // "fra"; iso6393FromBcp47("zh-Hans") // "cmn"
 */
export function iso6393FromBcp47(tag: string): string {
  const primary = normalizeLanguageTag(tag);
  return toIso6393[primary] ?? primary;
}

/**
 * A declared tag reduced to its primary language subtag, lowercase and two-letter where one exists.
 * Traditional Chinese keeps its script, because it is read differently from the default Simplified.
 * @example normalizeLanguageTag("zh-Hans") // "zh"; normalizeLanguageTag("fra") // "fr"; normalizeLanguageTag("zh-TW") // "zh-Hant"
 */
export function normalizeLanguageTag(tag: string): string {
  const parts = tag.trim().replace(/_/g, "-").split("-");
  const primary = parts[0].toLowerCase();
  const short = primary.length === 3 ? bcp47FromIso6393(primary) : primary;
  const rest = parts.slice(1).map((part) => part.toLowerCase());
  if (short === "zh" && (rest.includes("hant") || rest.some((part) => ["tw", "hk", "mo"].includes(part))))
    return "zh-Hant";
  return short;
}
