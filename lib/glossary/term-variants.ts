// The forms under which one term is indexed: its folded form, simple English and French plurals,
// and the rules that decide which terms are case-sensitive and what an elided article is.
import { LRUCache } from "lru-cache";
import { normalizeLanguageTag } from "../language/language-tags";

// Primary subtags by tag. Nothing invalidates them (the mapping is fixed); the bound keeps a file with many distinct
// tags from growing the table.
const primaries = new LRUCache<string, string>({ max: 256 });

/**
 * normalizeLanguageTag, remembered: term lists repeat a handful of tags a hundred thousand times.
 * @example primaryLanguage("fr-CA") // "fr"
 */
export function primaryLanguage(tag: string): string {
  let primary = primaries.get(tag);
  if (primary === undefined) primaries.set(tag, (primary = normalizeLanguageTag(tag)));
  return primary;
}

// French words that elide before a vowel: l'Initiative, d'Asie centrale, qu'il, jusqu'à.
const elidingWords = new Set([
  "l",
  "d",
  "j",
  "m",
  "n",
  "s",
  "t",
  "c",
  "qu",
  "jusqu",
  "lorsqu",
  "puisqu",
  "quoiqu",
  "presqu",
]);

/**
 * Whether a word is one that French writes elided before an apostrophe (compared after case folding).
 * @example isElidingWord("qu") // true; isElidingWord("xi") // false
 */
export function isElidingWord(word: string): boolean {
  return elidingWords.has(word.toLowerCase());
}

/**
 * A French term without the elided article it was entered with: the article belongs to the sentence, not the term.
 * @example stripElidedArticle("l’Initiative", "fr") // "Initiative"; stripElidedArticle("l'Initiative", "en") // "l'Initiative"
 */
export function stripElidedArticle(text: string, language: string): string {
  if (primaryLanguage(language) !== "fr") return text;
  const match = /^\s*(\p{L}+)['’ʼ](?=\p{L})/u.exec(text);
  return match && isElidingWord(match[1]) ? text.slice(match[0].length) : text;
}

/**
 * The default when a term does not say: acronyms written in capitals (two or more letters, none lowercase)
 * match only in capitals, so "BRI" and "CASS" do not mark "bri" or "Cass"; every other term ignores case and accents.
 * @example isCaseSensitiveByDefault("CASS") // true; isCaseSensitiveByDefault("G20") // false; isCaseSensitiveByDefault("Astana") // false
 */
export function isCaseSensitiveByDefault(text: string): boolean {
  if (text === text.toLowerCase()) return false;
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    if (char === char.toLowerCase() && char !== char.toUpperCase()) return false;
    if (char !== char.toLowerCase()) letters++;
  }
  return letters >= 2;
}

const isLetterCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && /\p{L}/u.test(String.fromCharCode(code)));
const isVowel = (char: string) => char === "a" || char === "e" || char === "i" || char === "o" || char === "u";

function englishPlural(word: string): string | null {
  const length = word.length;
  if (length < 2 || !isLetterCode(word.charCodeAt(length - 1))) return null;
  const last = word[length - 1];
  const tail = word.slice(-2);
  if (tail === "ss" || tail === "ch" || tail === "sh" || last === "x" || last === "z") return `${word}es`;
  // Words in a single -s are plural already or Latin (status, corpus): no guess is safer than a wrong one.
  if (last === "s") return null;
  if (last === "y" && !isVowel(word[length - 2])) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function frenchPlural(word: string): string | null {
  const last = word[word.length - 1];
  if (!isLetterCode(word.charCodeAt(word.length - 1)) || last === "s" || last === "x" || last === "z") return null;
  if (word.endsWith("au") || word.endsWith("eu")) return `${word}x`;
  if (word.endsWith("al")) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

// French words that end the inflected head of a term: "zone(s) de libre-échange", "corridor(s) économique(s)".
const frenchFunctionWords = new Set([
  "de",
  "du",
  "des",
  "a",
  "au",
  "aux",
  "en",
  "pour",
  "sur",
  "par",
  "avec",
  "entre",
  "contre",
  "sans",
  "sous",
  "vers",
  "chez",
  "et",
  "ou",
  "la",
  "le",
  "les",
  "un",
  "une",
]);

/**
 * The plural forms of a folded term that the index adds beside it, for English and French only.
 * English inflects the last word, or the word before "of"; French inflects every word before the first function word.
 * @example inflectionVariants("economic corridor", "en") // ["economic corridors"]
 * @example inflectionVariants("corridor economique", "fr") // ["corridors economiques"]
 * @example inflectionVariants("zone de libre-echange", "fr") // ["zones de libre-echange"]
 */
export function inflectionVariants(folded: string, language: string): string[] {
  const primary = primaryLanguage(language);
  if (primary !== "en" && primary !== "fr") return [];
  const words = folded.split(" ");
  if (primary === "en") {
    const of = words.indexOf("of");
    const at = of > 0 ? of - 1 : words.length - 1;
    const plural = englishPlural(words[at]);
    return plural ? [[...words.slice(0, at), plural, ...words.slice(at + 1)].join(" ")] : [];
  }
  if (primary === "fr") {
    const inflected = [...words];
    let changed = false;
    for (let i = 0; i < words.length; i++) {
      if (frenchFunctionWords.has(words[i]) || words[i].includes("'")) break;
      const plural = frenchPlural(words[i]);
      if (plural) [inflected[i], changed] = [plural, true];
    }
    return changed ? [inflected.join(" ")] : [];
  }
  return [];
}
