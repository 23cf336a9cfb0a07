// Reads a numeral as its digit groups and marks ("1 000,5", "1,234.5", "1.000") into values, and the keys under
// which numbers, percentages and dates compare equal across locales.

/** Spaces that group thousands: space, no-break space, narrow no-break space, thin space. */
export const groupSpaces = new Set([" ", "\u00A0", "\u202F", "\u2009"]);

/** The key of a value: twelve significant digits, so 1.5 × 10⁹ and 15 × 10⁸ meet. */
export const valueKey = (value: number): string => `n:${Number(value.toPrecision(12))}`;
export const percentKey = (value: number) => `p:${Number(value.toPrecision(12))}`;
const pad = (value: number) => String(value).padStart(2, "0");
export const dateKey = (year: number | null, month: number, day: number | null) =>
  `d:${year ?? "-"}-${pad(month)}${day === null ? "" : `-${pad(day)}`}`;
export const isDay = (value: string) => value.length <= 2 && Number(value) >= 1 && Number(value) <= 31;
// Years as news writes them; "1500 tonnes" is a value, and the rarer year outside this range is compared as one.
export const isYearText = (value: string) => value.length === 4 && Number(value) >= 1900 && Number(value) <= 2100;

export type Numeral = { groups: string[]; marks: string[]; end: number };

/**
 * The values a written numeral may have, likeliest first; null when its marks make no number. One mark followed
 * by three digits is the ambiguous case: English and Chinese group with ",", French, Russian and Kazakh with "."
 * (when they group with anything but a space).
 * @example numeralValues({ groups: ["1", "500"], marks: [","], end: 5 }, "en") // [1500, 1.5]
 */
export function numeralValues({ groups, marks }: Numeral, language: string): number[] | null {
  const parts = [groups[0]];
  const decimalMarks: string[] = [];
  for (let k = 0; k < marks.length; k++) {
    if (groupSpaces.has(marks[k])) parts[parts.length - 1] += groups[k + 1];
    else [decimalMarks[decimalMarks.length], parts[parts.length]] = [marks[k], groups[k + 1]];
  }
  if (decimalMarks.length === 0) return [Number(parts[0])];
  const last = decimalMarks[decimalMarks.length - 1];
  const groupedWell = (from: number, to: number) => parts.slice(from, to).every((part) => part.length === 3);
  if (decimalMarks.some((mark) => mark !== last)) {
    if (decimalMarks.slice(0, -1).some((mark) => mark === last) || !groupedWell(1, parts.length - 1)) return null;
    return [Number(`${parts.slice(0, -1).join("")}.${parts[parts.length - 1]}`)];
  }
  if (decimalMarks.length > 1) return groupedWell(1, parts.length) ? [Number(parts.join(""))] : null;
  const [whole, fraction] = parts;
  const decimal = Number(`${whole}.${fraction}`);
  if (fraction.length !== 3 || whole.length > 3 || /^0+$/u.test(whole)) return [decimal];
  const grouped = Number(whole + fraction);
  const groupsWithComma = language === "en" || language === "zh";
  return (last === ",") === groupsWithComma ? [grouped, decimal] : [decimal, grouped];
}
