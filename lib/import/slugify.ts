// Builds the URL slug of an article from its title: transliterated lowercase ASCII words, or a short
// hash-based slug for titles in scripts that do not transliterate well (Chinese, Japanese).
import slugify from "@sindresorhus/slugify";

// Kazakh letters the transliteration library does not know; the values follow the common Latin spelling.
const kazakhLetters: [string, string][] = [
  ["ә", "a"],
  ["ғ", "g"],
  ["қ", "q"],
  ["ң", "n"],
  ["ө", "o"],
  ["ұ", "u"],
  ["ү", "u"],
  ["һ", "h"],
  ["і", "i"],
  ["ə", "a"],
];
const maxLength = 80;

/**
 * A stable slug for the title; "article-<8 hex>" from the content hash when the title is mostly CJK or empty.
 * @example slugifyTitle("Lancement du programme d’échange culturel", "ab12…") // "lancement-du-programme-d-echange-culturel"
 * @example slugifyTitle("世界人权宣言", "3f9c2d1e…") // "article-3f9c2d1e"
 */
export function slugifyTitle(title: string, contentHash: string): string {
  const fallback = `article-${contentHash.slice(0, 8)}`;
  const letters = [...title].filter((char) => /\p{L}/u.test(char));
  const cjk = letters.filter((char) =>
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char),
  );
  if (!letters.length || cjk.length * 2 >= letters.length) return fallback;
  // Lowercase first: the library would otherwise split words at every capital ("ДЕКЛАРАЦИЯСЫ").
  const slug = slugify(title.toLowerCase(), { customReplacements: kazakhLetters });
  if (slug.length < 3) return fallback;
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : maxLength);
}
