// The words around numbers in French, English, Chinese, Russian and Kazakh: small numbers written out, scale
// words (million, 亿, млрд), month names and percent words. Looked up on lowercased words, ё read as е.

/** Lowercase, ё → е: the form the tables below are written in. */
export const foldWord = (word: string): string => word.toLowerCase().replaceAll("ё", "е");

// Small numbers written out: a translator writes "two countries" for "2 pays". Articles ("un", "бір") are here
// too, which is harmless: a written-out number only ever excuses a digit on the other side, it never fires.
const spelledValues: [number, string][] = [
  [1, "one un une один одна одно одного одной одному бір"],
  [2, "two deux два две двух двум двумя екі екеуі"],
  [3, "three trois три трех трем тремя үш"],
  [4, "four quatre четыре четырех четырем төрт"],
  [5, "five cinq пять пяти бес"],
  [6, "six шесть шести алты"],
  [7, "seven sept семь семи жеті"],
  [8, "eight huit восемь восьми сегіз"],
  [9, "nine neuf девять девяти тоғыз"],
  [10, "ten dix десять десяти он"],
  [11, "eleven onze одиннадцать"],
  [12, "twelve douze двенадцать"],
  [20, "twenty vingt двадцать жиырма"],
  [100, "hundred cent сто жүз"],
];
const spelled = new Map(spelledValues.flatMap(([value, words]) => words.split(" ").map((word) => [word, value])));

/**
 * The value of a small number written out, or undefined.
 * @example spelledNumber("deux") // 2; spelledNumber("двух") // 2; spelledNumber("pays") // undefined
 */
export const spelledNumber = (word: string): number | undefined => spelled.get(foldWord(word));

const exactScales = new Map<string, number>([
  ["thousand", 1e3],
  ["mille", 1e3],
  ["тыс", 1e3],
  ["мың", 1e3],
  ["mn", 1e6],
  ["mln", 1e6],
  ["млн", 1e6],
  ["bn", 1e9],
  ["md", 1e9],
  ["mds", 1e9],
  ["mrd", 1e9],
  ["млрд", 1e9],
  ["трлн", 1e12],
]);
// Declined forms start with these: millions, миллиарда, тысячи, триллионов, миллиард (kk), thousands.
const scaleStems: [string, number][] = [
  ["thousand", 1e3],
  ["тысяч", 1e3],
  ["million", 1e6],
  ["миллион", 1e6],
  ["milliard", 1e9],
  ["миллиард", 1e9],
  ["trillion", 1e12],
  ["триллион", 1e12],
];

/**
 * The multiplier a scale word gives the number before it; French "billion" is 10¹², English 10⁹.
 * @example scaleWord("milliards", "fr") // 1e9; scaleWord("млн", "ru") // 1e6; scaleWord("billion", "fr") // 1e12
 */
export function scaleWord(word: string, language: string): number | undefined {
  const folded = foldWord(word);
  if (folded.startsWith("billion")) return language === "fr" ? 1e12 : 1e9;
  const exact = exactScales.get(folded);
  if (exact !== undefined) return exact;
  return scaleStems.find(([stem]) => folded.startsWith(stem))?.[1];
}

/**
 * Whether a word says "percent" on its own (the two-word "pour cent", "per cent" are read by the scanner).
 * @example isPercentWord("процентов") // true; isPercentWord("пайызға") // true
 */
export function isPercentWord(word: string): boolean {
  const folded = foldWord(word);
  return folded === "percent" || folded.startsWith("процент") || folded.startsWith("пайыз");
}

// Month names, index + 1 = month. French and English forms are whole words (full or abbreviated, the scanner
// reads "Sept." as "Sept"); Russian and Kazakh ones are stems that case endings follow ("августа", "тамызда").
const latinMonths: string[] = [
  "janvier janv january jan",
  "fevrier fevr fev february feb",
  "mars march mar",
  "avril avr april apr",
  "mai may",
  "juin june jun",
  "juillet juil july jul",
  "aout august aug",
  "septembre sept september sep",
  "octobre oct october",
  "novembre nov november",
  "decembre dec december",
];
const latinMonthForms = new Map(
  latinMonths.flatMap((forms, month) => forms.split(" ").map((form) => [form, month + 1] as [string, number])),
);
const cyrillicMonthStems: string[] = [
  "январ қаңтар",
  "феврал ақпан",
  "март наурыз",
  "апрел сәуір",
  "мамыр",
  "июн маусым",
  "июл шілде",
  "август тамыз",
  "сентябр қыркүйек",
  "октябр қазан",
  "ноябр қараша",
  "декабр желтоқсан",
];
const cyrillicStems = cyrillicMonthStems.flatMap((stems, month) =>
  stems.split(" ").map((stem) => [stem, month + 1] as [string, number]),
);
// "май" is too short to be a stem: its forms are listed.
const mayForms = new Set(["май", "мая", "мае"]);

/**
 * The month (1–12) a word names in one of the five languages, or undefined.
 * @example monthNumber("août") // 8; monthNumber("августа") // 8; monthNumber("Sept") // 9; monthNumber("marché") // undefined
 */
export function monthNumber(word: string): number | undefined {
  const folded = foldWord(word);
  const latin = latinMonthForms.get(folded.normalize("NFD").replace(/\p{M}/gu, ""));
  if (latin !== undefined) return latin;
  if (mayForms.has(folded)) return 5;
  // A stem and a short case ending, not a longer word that starts alike ("мартовский" is an adjective).
  for (const [stem, month] of cyrillicStems) {
    if (folded.startsWith(stem) && folded.length - stem.length <= 4) return month;
  }
  return undefined;
}

// Chinese numerals: digits, the small units 十百千 and the large units 万亿.
const hanDigits = new Map<string, number>([
  ["〇", 0],
  ["零", 0],
  ["一", 1],
  ["二", 2],
  ["两", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
]);
const hanSmallUnits = new Map([
  ["十", 10],
  ["百", 100],
  ["千", 1000],
]);

/** Whether a character is part of a Chinese numeral (一, 十五, 两, 三亿五千万, 二〇二四). */
export const isHanNumeral = (char: string): boolean =>
  hanDigits.has(char) || hanSmallUnits.has(char) || char === "万" || char === "亿";

/** The multiplier of Chinese scale characters after digits ("15亿", "1.5万亿"); undefined for other characters. */
export const hanScale = (char: string): number | undefined =>
  char === "万" ? 1e4 : char === "亿" ? 1e8 : char === "千" ? 1e3 : char === "百" ? 100 : undefined;

/**
 * The value of a Chinese numeral; digits written in a row read positionally (二〇二四 = 2024).
 * @example hanNumeral("十五") // 15; hanNumeral("三亿五千万") // 350000000; hanNumeral("两") // 2
 */
export function hanNumeral(numeral: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  let afterDigit = false;
  for (const char of numeral) {
    const value = hanDigits.get(char);
    if (value !== undefined) {
      digit = afterDigit ? digit * 10 + value : value;
      afterDigit = true;
      continue;
    }
    afterDigit = false;
    const unit = hanSmallUnits.get(char);
    if (unit !== undefined) {
      section += (digit || 1) * unit;
    } else if (char === "万") {
      section = (section + digit) * 1e4;
    } else if (char === "亿") {
      total = (total + section + digit) * 1e8;
      section = 0;
    }
    digit = 0;
  }
  return total + section + digit;
}
