// Identifies the language of a segment: the script first (Han, kana, Cyrillic…), Kazakh letters for
// Kazakh vs Russian, then franc's trigrams; too short to tell, it keeps the context language.
import { francAll } from "franc";
import { bcp47FromIso6393, iso6393FromBcp47, normalizeLanguageTag } from "./language-tags";
import { type Script, dominantScript, onlyScript, scriptCounts, scriptOfLanguage } from "./scripts";

export type DetectOptions = {
  /** BCP 47 tags the answer must come from (for Latin and Cyrillic text); defaults below. */
  candidates?: string[];
  /** The context language (paragraph, article) for text too short or too ambiguous to tell. */
  fallback?: string;
};

// The languages of the product and of its region, plus the major languages of Latin script. A wider set
// makes short English or French text look like Scots or Occitan; pass `candidates` to change it.
const defaultLatin = ["en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sv", "tr", "uz", "id", "vi"];
const defaultCyrillic = ["ru", "kk", "uk", "bg", "be", "sr", "mk", "ky", "tg", "mn", "tt"];

// Letters Kazakh has and Russian lacks (also "ə", the Latin schwa some Kazakh texts type for "ә").
const kazakhLetters = /[әғқңөұүһіə]/iu;
const ukrainianLetters = /[їєґ]/iu;

// Below `shortLetters` franc is guessing. Above it, the fallback still wins while franc finds it plausible:
// franc's score is relative (1 for the best), and on a title-case heading such as "Future Outlook" the
// right language often scores only 0.6. The longer the text, the closer to the best the fallback must be.
const shortLetters = 12;
const plausibleScores: [maxLetters: number, minScore: number][] = [
  [25, 0.5],
  [60, 0.8],
];

const singleScriptLanguages: Partial<Record<Script, string>> = { Hangul: "ko", Greek: "el", Hebrew: "he" };

/**
 * The BCP 47 tag of the language of `text`; "und" when it has no letters and no fallback is given.
 * @example detectLanguage("Мұхитқа тікелей шыға алмайтын мемлекеттердің ішінде Қазақстан ең үлкені.") // "kk"
 * @example detectLanguage("Préambule", { fallback: "fr" }) // "fr"
 */
export function detectLanguage(text: string, options: DetectOptions = {}): string {
  const fallback = options.fallback ? normalizeLanguageTag(options.fallback) : undefined;
  const counts = scriptCounts(text);
  const script = dominantScript(counts);
  if (!script) return fallback ?? "und";
  const fitting = fallback && fitsScript(fallback, script) ? fallback : undefined;
  const letters = counts[script] ?? 0;
  switch (script) {
    case "Han":
      return fitting ?? "zh";
    case "Kana":
      return "ja";
    case "Cyrillic":
      return detectCyrillic(onlyScript(text, script), letters, fitting, options.candidates);
    case "Latin":
      return (
        detectWithFranc(onlyScript(text, script), letters, fitting, options.candidates ?? defaultLatin) ??
        fitting ??
        "en"
      );
    default:
      return (
        singleScriptLanguages[script] ?? detectWithFranc(text, letters, fitting, options.candidates) ?? fitting ?? "und"
      );
  }
}

function fitsScript(language: string, script: Script): boolean {
  const expected = scriptOfLanguage(language);
  // Japanese headings can be all kanji; Chinese text never has kana.
  return expected === script || (script === "Han" && expected === "Kana");
}

function detectCyrillic(text: string, letters: number, fallback?: string, candidates?: string[]): string {
  const allowed = candidates ?? defaultCyrillic;
  if (kazakhLetters.test(text) && allowed.includes("kk")) return "kk";
  if (ukrainianLetters.test(text) && allowed.includes("uk")) return "uk";
  // Any Kazakh sentence of some length has one of its own letters; without them, weigh Russian and Kazakh only.
  const narrowed = allowed.filter((tag) => tag === "ru" || tag === "kk");
  return detectWithFranc(text, letters, fallback, narrowed.length ? narrowed : allowed) ?? fallback ?? "ru";
}

function detectWithFranc(text: string, letters: number, fallback: string | undefined, candidates?: string[]) {
  if (fallback && letters < shortLetters) return fallback;
  const only = candidates?.map(iso6393FromBcp47);
  const ranked = francAll(text, { minLength: 1, ...(only ? { only } : {}) }).filter(([code]) => code !== "und");
  if (!ranked.length) return undefined;
  const minScore = plausibleScores.find(([maxLetters]) => letters < maxLetters)?.[1];
  if (fallback && minScore !== undefined) {
    const score = ranked.find(([code]) => bcp47FromIso6393(code) === fallback)?.[1] ?? 0;
    if (score >= minScore) return fallback;
  }
  return bcp47FromIso6393(ranked[0][0]);
}
