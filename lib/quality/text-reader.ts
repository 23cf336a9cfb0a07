// The low-level reads of the number scanner over one text: digit runs (ASCII and full width), numerals with their
// group and decimal marks, words of spaced scripts, and the gap allowed between a number and its unit.
import { type Numeral, groupSpaces } from "./numeral-values";

const letterPattern = /\p{L}/u;
const hanPattern = /\p{Script=Han}/u;

/** ASCII and full-width digits (０–９, which Chinese text uses). */
export const isDigitCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/** A letter of a spaced script: Han characters are read as numerals or units, never as words. */
export const isLetter = (char: string | undefined) =>
  char !== undefined && letterPattern.test(char) && !hanPattern.test(char);

/**
 * Reads at offsets of `text`; each read returns what it read and where it stopped.
 * @example createTextReader("1 000,5 %").readNumeral(0) // { groups: ["1", "000", "5"], marks: [" ", ","], end: 7 }
 */
export function createTextReader(text: string) {
  const length = text.length;
  const readDigits = (from: number): [string, number] => {
    let digits = "";
    let at = from;
    for (; at < length && isDigitCode(text.charCodeAt(at)); at++) {
      const code = text.charCodeAt(at);
      digits += String.fromCharCode(code >= 0xff10 ? code - 0xff10 + 0x30 : code);
    }
    return [digits, at];
  };
  const digitAt = (at: number) => at < length && isDigitCode(text.charCodeAt(at));
  const readNumeral = (from: number): Numeral => {
    const [first, firstEnd] = readDigits(from);
    const numeral: Numeral = { groups: [first], marks: [], end: firstEnd };
    for (;;) {
      const mark = text[numeral.end];
      const isPoint = mark === "," || mark === ".";
      const isGroupSpace =
        groupSpaces.has(mark) &&
        numeral.groups[numeral.groups.length - 1].length <= 3 &&
        digitAt(numeral.end + 3) &&
        !digitAt(numeral.end + 4);
      if (!(isPoint || isGroupSpace) || !digitAt(numeral.end + 1)) break;
      const [digits, end] = readDigits(numeral.end + 1);
      if (isGroupSpace && digits.length !== 3) break;
      numeral.groups.push(digits);
      numeral.marks.push(mark);
      numeral.end = end;
    }
    return numeral;
  };
  // One space (of any width) at most between a number and its unit.
  const skipGap = (at: number) => (groupSpaces.has(text[at]) ? at + 1 : at);
  const wordAt = (at: number): [string, number] => {
    let end = at;
    while (end < length && isLetter(text[end])) end++;
    return [text.slice(at, end), end];
  };
  const startsLine = (at: number) => {
    let before = at - 1;
    while (before >= 0 && (text[before] === " " || text[before] === "\t" || text[before] === "(")) before--;
    return before < 0 || text[before] === "\n";
  };
  return { readDigits, digitAt, readNumeral, skipGap, wordAt, startsLine };
}
