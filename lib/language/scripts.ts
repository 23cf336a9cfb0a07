// Counts the letters of a text by writing system, the first and most reliable clue to its language,
// and says which script each language is written in, so a fallback is only used where it fits.

export type Script = "Han" | "Kana" | "Hangul" | "Cyrillic" | "Latin" | "Greek" | "Arabic" | "Hebrew" | "Other";

const scriptPatterns: [Script, RegExp][] = [
  ["Han", /\p{Script=Han}/u],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Latin", /\p{Script=Latin}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
];

// One CJK character carries about as much as a short word, so it weighs as much as three Latin letters:
// "我们用 JavaScript 开发" is Chinese, "the China–Central Asia 峰会 summit" is English.
const weights: Partial<Record<Script, number>> = { Han: 3, Kana: 3, Hangul: 3 };

export type ScriptCounts = Partial<Record<Script, number>>;

/**
 * Letters per script (marks, digits and punctuation do not count).
 * @example scriptCounts("Ren Min Ri Bao· 人民日报") // { Latin: 11, Han: 4 }
 */
export function scriptCounts(text: string): ScriptCounts {
  const counts: ScriptCounts = {};
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = scriptPatterns.find(([, pattern]) => pattern.test(char))?.[0] ?? "Other";
    counts[script] = (counts[script] ?? 0) + 1;
  }
  return counts;
}

/**
 * The text with letters of other scripts blanked out, so trigram statistics see one writing system.
 * @example onlyScript("峰会 summit", "Latin") // "   summit"
 */
export function onlyScript(text: string, script: Script): string {
  const pattern = scriptPatterns.find(([name]) => name === script)?.[1];
  if (!pattern) return text;
  return text.replace(/\p{L}/gu, (char) => (pattern.test(char) ? char : " "));
}

/**
 * The script with the most weighted letters, or null for a text without letters.
 * @example dominantScript({ Latin: 11, Han: 4 }) // "Han" (4 × 3 > 11)
 */
export function dominantScript(counts: ScriptCounts): Script | null {
  let best: Script | null = null;
  let bestWeight = 0;
  for (const [script, count] of Object.entries(counts) as [Script, number][]) {
    const weight = count * (weights[script] ?? 1);
    if (weight > bestWeight) [best, bestWeight] = [script, weight];
  }
  // Japanese mixes kanji and kana: any kana makes a Han text Japanese.
  if (best === "Han" && counts.Kana) return "Kana";
  return best;
}

const languageScripts: Record<string, Script> = {
  zh: "Han",
  ja: "Kana",
  ko: "Hangul",
  el: "Greek",
  he: "Hebrew",
  yi: "Hebrew",
  ar: "Arabic",
  fa: "Arabic",
  ur: "Arabic",
  ps: "Arabic",
  ru: "Cyrillic",
  kk: "Cyrillic",
  uk: "Cyrillic",
  be: "Cyrillic",
  bg: "Cyrillic",
  sr: "Cyrillic",
  mk: "Cyrillic",
  ky: "Cyrillic",
  tg: "Cyrillic",
  mn: "Cyrillic",
  tt: "Cyrillic",
  ba: "Cyrillic",
};

/**
 * The script a language is usually written in; languages not listed are taken as Latin-script.
 * @example scriptOfLanguage("kk") // "Cyrillic"; scriptOfLanguage("zh-Hant") // "Han"
 */
export function scriptOfLanguage(tag: string): Script {
  return languageScripts[tag.toLowerCase().split("-")[0]] ?? "Latin";
}
