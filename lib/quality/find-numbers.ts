// Finds the numbers, percentages and dates of a text in one left-to-right pass and gives each a value key that
// is the same across locales: "1,5 milliard", "1.5 billion" and "15亿" are all n:1500000000.
import {
  foldWord,
  hanNumeral,
  hanScale,
  isHanNumeral,
  isPercentWord,
  monthNumber,
  scaleWord,
  spelledNumber,
} from "./number-words";
import { dateKey, isDay, isYearText, numeralValues, percentKey, valueKey } from "./numeral-values";
import { createTextReader, isDigitCode, isLetter } from "./text-reader";

/**
 * `value`, `percent` and `date` are compared strictly; a `year` alone only when the other side has another year;
 * `ordinal` (11e, 第十一届, 11-й) and `spelled` (deux, 两) never fire but excuse a digit on the other side.
 */
type NumberKind = "value" | "percent" | "date" | "year" | "ordinal" | "spelled";

/** `keys[0]` is the likeliest reading; an ambiguous "1,500" also has its other reading. */
export type NumberMention = { kind: NumberKind; keys: string[]; start: number; end: number };

const dashes = new Set(["-", "\u2010", "\u2011", "\u2013"]);
const cyrillicPattern = /\p{Script=Cyrillic}/u;
// French (11e, 1er, 2ème, 1re) and English (1st, 11th) ordinal endings written right after the digits.
const ordinalSuffixes = new Set("e er re ere eme em ème ère è ᵉ ᵉʳ st nd rd th".split(" "));

/**
 * Numbers, percentages, dates, ordinals and small written-out numbers of a text, in text order.
 * @example findNumbers("Le 30 août 2024, 35 % des deux pays", "fr").map((m) => m.keys[0]) // ["d:2024-08-30", "p:35", "n:2"]
 */
export function findNumbers(text: string, language: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const length = text.length;

  const { readDigits, digitAt, readNumeral, skipGap, wordAt, startsLine } = createTextReader(text);
  // A scale word or character after a number: "1,5 milliard", "15亿", "1.5万亿", "3 тыс.".
  const readScale = (at: number): [number, number] => {
    let scale = 1;
    let end = at;
    while (end < length && hanScale(text[end]) !== undefined) {
      // 千米, 千克, 千瓦 are units (km, kg, kW), not thousands.
      if ((text[end] === "千" || text[end] === "百") && "米克瓦".includes(text[end + 1] ?? "x")) break;
      scale *= hanScale(text[end])!;
      end++;
    }
    if (end > at) return [scale, end];
    const [word, wordEnd] = wordAt(skipGap(at));
    const wordScale = word ? scaleWord(word, language) : undefined;
    if (wordScale === undefined) return [1, at];
    return [wordScale, text[wordEnd] === "." && foldWord(word) === "тыс" ? wordEnd + 1 : wordEnd];
  };
  const readPercent = (at: number): number | null => {
    const gap = skipGap(at);
    if (text[gap] === "%" || text[gap] === "％") return gap + 1;
    const [word, end] = wordAt(gap);
    if (word && isPercentWord(word)) return end;
    const folded = foldWord(word);
    if (folded === "pour" || folded === "per") {
      const [next, nextEnd] = wordAt(skipGap(end));
      if (foldWord(next) === "cent") return nextEnd;
    }
    return null;
  };
  // After a day: a month word, then perhaps a year ("30 août 2024", "30 августа 2024 года", "30 тамыз").
  const readDayMonth = (day: number, at: number): [string, number] | null => {
    const [word, wordEnd] = wordAt(skipGap(at));
    const month = word ? monthNumber(word) : undefined;
    if (month === undefined) return null;
    const afterMonth = skipGap(text[wordEnd] === "." ? wordEnd + 1 : wordEnd);
    const [year, yearEnd] = readDigits(afterMonth);
    if (isYearText(year) && !digitAt(yearEnd)) return [dateKey(Number(year), month, day), yearEnd];
    return [dateKey(null, month, day), wordEnd];
  };
  const push = (kind: NumberKind, keys: string[], start: number, end: number) => {
    mentions.push({ kind, keys, start, end });
    return end;
  };

  // Reads what starts with digits at `start`; returns where scanning resumes.
  const scanDigits = (start: number): number => {
    const previous = text[start - 1];
    // Part of a name or a code: G20, COVID-19, Су-35.
    if (isLetter(previous) || (dashes.has(previous) && isLetter(text[start - 2]))) {
      let end = start;
      while (end < length && (digitAt(end) || isLetter(text[end]))) end++;
      return end;
    }
    const numeral = readNumeral(start);
    const { groups, marks } = numeral;
    let end = numeral.end;
    const first = groups[0];
    // A list marker: "1. ", "2) ", "3、" at the start of a line.
    if (marks.length === 0 && first.length <= 2 && startsLine(start)) {
      const after = text[end];
      if (after === "、" || ((after === "." || after === ")") && (end + 1 >= length || /\s/u.test(text[end + 1]))))
        return end + 1;
    }
    // 30.08.2024, as Russian, Kazakh and French write dates.
    if (marks.length === 2 && marks.every((mark) => mark === ".") && isDay(first) && groups[1].length <= 2) {
      if (isYearText(groups[2]) && Number(groups[1]) <= 12)
        return push("date", [dateKey(Number(groups[2]), Number(groups[1]), Number(first))], start, end);
    }
    if (marks.length === 0) {
      const after = text[end];
      // A time of day (14:30, 14h30, 14 h 30) is written too many ways across locales to compare: it only excuses.
      const minuteStart =
        after === ":"
          ? end + 1
          : after === "h"
            ? skipGap(end + 1)
            : after === " " && text[end + 1] === "h"
              ? skipGap(end + 2)
              : -1;
      if (first.length <= 2 && minuteStart > 0) {
        const [minutes, minutesEnd] = readDigits(minuteStart);
        if (minutes.length === 2 && Number(first) <= 24 && !digitAt(minutesEnd))
          return push("spelled", [`t:${Number(first)}:${minutes}`], start, minutesEnd);
      }
      // 2024-08-30 and 2024/08/30.
      if (isYearText(first) && (after === "-" || after === "/") && digitAt(end + 1)) {
        const [month, monthEnd] = readDigits(end + 1);
        const [day, dayEnd] = text[monthEnd] === after ? readDigits(monthEnd + 1) : ["", monthEnd];
        if (month.length <= 2 && Number(month) >= 1 && Number(month) <= 12 && isDay(day) && !digitAt(dayEnd))
          return push("date", [dateKey(Number(first), Number(month), Number(day))], start, dayEnd);
      }
      // 30/08/2024 is day first in French, Russian and Kazakh, month first in English: both readings are kept.
      if (isDay(first) && after === "/" && digitAt(end + 1)) {
        const [second, secondEnd] = readDigits(end + 1);
        const [year, yearEnd] = text[secondEnd] === "/" ? readDigits(secondEnd + 1) : ["", secondEnd];
        if (isDay(second) && isYearText(year)) {
          const readings = [
            Number(second) <= 12 ? dateKey(Number(year), Number(second), Number(first)) : null,
            Number(first) <= 12 ? dateKey(Number(year), Number(first), Number(second)) : null,
          ].filter((key): key is string => key !== null);
          if (language === "en") readings.reverse();
          if (readings.length) return push("date", readings, start, yearEnd);
        }
      }
      // 2024年8月30日, 2024年8月, 2024年; 8月30日.
      if (after === "年" && first.length === 4) return scanHanDate(start, Number(first), end + 1);
      if (after === "月" && Number(first) >= 1 && Number(first) <= 12) {
        const [day, dayEnd] = readDigits(end + 1);
        if (isDay(day) && (text[dayEnd] === "日" || text[dayEnd] === "号"))
          return push("date", [dateKey(null, Number(first), Number(day))], start, dayEnd + 1);
      }
    }
    const values = numeralValues(numeral, language);
    if (!values) return end;
    // Ordinals: 11e, 1er, 11th, 11-й, 11-ші, 第11届.
    if (marks.length === 0) {
      const ordinalEnd = scanOrdinalEnd(start, end);
      if (ordinalEnd !== null) {
        const dayMonth = ordinalEnd > end && isDay(first) ? readDayMonth(Number(first), ordinalEnd) : null;
        if (dayMonth) return push("date", [dayMonth[0]], start, dayMonth[1]);
        return push("ordinal", [valueKey(values[0])], text[start - 1] === "第" ? start - 1 : start, ordinalEnd);
      }
    }
    if (marks.length === 0 && isDay(first)) {
      const dayMonth = readDayMonth(Number(first), end);
      if (dayMonth) return push("date", [dayMonth[0]], start, dayMonth[1]);
    }
    if (marks.length === 0 && isYearText(first)) {
      const kazakhDate = scanKazakhDate(Number(first), end);
      if (kazakhDate) return push("date", [kazakhDate[0]], start, kazakhDate[1]);
    }
    const [scale, scaleEnd] = readScale(end);
    end = scaleEnd;
    const percentEnd = readPercent(end);
    if (percentEnd !== null)
      return push(
        "percent",
        values.map((value) => percentKey(value * scale)),
        start,
        percentEnd,
      );
    const isYear = scale === 1 && marks.length === 0 && isYearText(first);
    return push(
      isYear ? "year" : "value",
      values.map((value) => valueKey(value * scale)),
      start,
      end,
    );
  };

  // Where the ordinal that the digits at start..end begin ends, or null: 11e, 1er, 11th, 11-й, 11-ші, 第11届.
  const scanOrdinalEnd = (start: number, end: number): number | null => {
    if (text[start - 1] === "第") return end;
    const [suffix, suffixEnd] = wordAt(end);
    if (suffix !== "") return ordinalSuffixes.has(suffix.toLowerCase()) ? suffixEnd : null;
    if (!dashes.has(text[end]) || !cyrillicPattern.test(text[end + 1] ?? "")) return null;
    const [ending, endingEnd] = wordAt(end + 1);
    return ending.length <= 5 ? endingEnd : null;
  };

  // Kazakh puts the year first: "2024 жылғы 30 тамыз".
  const scanKazakhDate = (year: number, at: number): [string, number] | null => {
    const [word, wordEnd] = wordAt(skipGap(at));
    if (!foldWord(word).startsWith("жыл")) return null;
    const [day, dayEnd] = readDigits(skipGap(wordEnd));
    if (!isDay(day)) return null;
    const [monthWord, monthEnd] = wordAt(skipGap(dayEnd));
    const month = monthWord ? monthNumber(monthWord) : undefined;
    return month === undefined ? null : [dateKey(year, month, Number(day)), monthEnd];
  };

  const scanHanDate = (start: number, year: number, at: number): number => {
    const [month, monthEnd] = readDigits(at);
    if (month && text[monthEnd] === "月" && Number(month) >= 1 && Number(month) <= 12) {
      const [day, dayEnd] = readDigits(monthEnd + 1);
      if (isDay(day) && (text[dayEnd] === "日" || text[dayEnd] === "号"))
        return push("date", [dateKey(year, Number(month), Number(day))], start, dayEnd + 1);
      return push("date", [dateKey(year, Number(month), null)], start, monthEnd + 1);
    }
    return push("year", [valueKey(year)], start, at);
  };

  // Chinese numerals: 第十一届 (ordinal), 百分之三十五 (percent), 两国 and 三 (written out).
  const scanHan = (start: number): number => {
    const isPercent = text.startsWith("百分之", start);
    const from = isPercent ? start + 3 : start;
    if (isPercent && digitAt(from)) {
      const numeral = readNumeral(from);
      const values = numeralValues(numeral, language);
      return values ? push("percent", values.map(percentKey), start, numeral.end) : numeral.end;
    }
    let end = from;
    while (end < length && isHanNumeral(text[end])) end++;
    if (end === from) return start + 1;
    const value = hanNumeral(text.slice(from, end));
    if (isPercent) return push("percent", [percentKey(value)], start, end);
    if (text[start - 1] === "第") return push("ordinal", [valueKey(value)], start - 1, end);
    return push("spelled", [valueKey(value)], start, end);
  };

  // A month name: "August 30, 2024", "August 2024", "août 2024", "в августе 2024 года"; or a small number in words.
  const scanWord = (start: number): number => {
    const [word, end] = wordAt(start);
    const month = monthNumber(word);
    if (month !== undefined) {
      const afterMonth = skipGap(text[end] === "." ? end + 1 : end);
      const [digits, digitsEnd] = readDigits(afterMonth);
      // "August 30,000 people" and "in May 30% of" are no dates.
      const isNumberGoingOn = (text[digitsEnd] === "," && digitAt(digitsEnd + 1)) || readPercent(digitsEnd) !== null;
      if (isDay(digits) && !isLetter(text[digitsEnd]) && !isNumberGoingOn) {
        const yearStart = skipGap(text[digitsEnd] === "," ? digitsEnd + 1 : digitsEnd);
        const [year, yearEnd] = readDigits(yearStart);
        if (isYearText(year) && !digitAt(yearEnd))
          return push("date", [dateKey(Number(year), month, Number(digits))], start, yearEnd);
        if (language === "en") return push("date", [dateKey(null, month, Number(digits))], start, digitsEnd);
      }
      if (isYearText(digits) && !digitAt(digitsEnd))
        return push("date", [dateKey(Number(digits), month, null)], start, digitsEnd);
    }
    const value = spelledNumber(word);
    if (value === undefined) return end;
    const [scale, scaleEnd] = readScale(end);
    return push("spelled", [valueKey(value * scale)], start, scale === 1 ? end : scaleEnd);
  };

  let at = 0;
  while (at < length) {
    const char = text[at];
    if (isDigitCode(text.charCodeAt(at))) at = scanDigits(at);
    else if (isHanNumeral(char)) at = scanHan(at);
    else if (isLetter(char)) at = scanWord(at);
    else at++;
  }
  return mentions;
}
