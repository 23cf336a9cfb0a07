// Finds a publication date in a line of scraped text and returns it as ISO 8601, without inventing a
// time zone: "2025-05-30", or "2025-06-22T22:09:00" when the source gives a time.

const monthNames: Record<string, number> = {};
const monthLists = [
  // French
  "janvier|janv février|fevrier|févr|fev mars avril|avr mai juin juillet|juil août|aout septembre|sept octobre|oct novembre|nov décembre|decembre|déc|dec",
  // English
  "january|jan february|feb march|mar april|apr may june|jun july|jul august|aug september|sept|sep october|oct november|nov december|dec",
  // Russian, genitive first ("27 октября 2014") then nominative
  "января|январь февраля|февраль марта|март апреля|апрель мая|май июня|июнь июля|июль августа|август сентября|сентябрь октября|октябрь ноября|ноябрь декабря|декабрь",
  // Kazakh ("сəуір" is sometimes typed with the Latin schwa)
  "қаңтар ақпан наурыз сәуір|сəуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
];
for (const list of monthLists) {
  list.split(" ").forEach((names, index) => names.split("|").forEach((name) => (monthNames[name] = index + 1)));
}
const monthAlternation = Object.keys(monthNames)
  .sort((a, b) => b.length - a.length)
  .join("|");

// The optional "à"/"at"/"в" takes the spaces before it, so that two runs of spaces never compete for the same ones.
const time = String.raw`(?:(?:\s*(?:à|at|в))?\s*(\d{1,2})\s*[:h]\s*(\d{2}))?`;
type Parts = { year: string; month: string | number; day: string; hour?: string; minute?: string };

// Each pattern maps its match to date parts; the first pattern that yields a valid date wins.
const patterns: [RegExp, (m: RegExpMatchArray) => Parts][] = [
  [
    /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/u,
    ([, year, month, day, hour, minute]) => ({ year, month, day, hour, minute }),
  ],
  [
    /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})[:：](\d{2}))?/u,
    ([, year, month, day, hour, minute]) => ({ year, month, day, hour, minute }),
  ],
  [
    // Day first, as written in French, Russian and Kazakh: 28.11.2023, 28/11/2023 08h34
    new RegExp(String.raw`(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d.]\d)${time}`, "u"),
    ([, day, month, year, hour, minute]) => ({ year, month, day, hour, minute }),
  ],
  [
    new RegExp(String.raw`(?<!\d)(\d{1,2})(?:er)?\s+(${monthAlternation})\.?\s+(\d{4})${time}`, "iu"),
    ([, day, name, year, hour, minute]) => ({ year, month: monthNames[name.toLowerCase()], day, hour, minute }),
  ],
  [
    new RegExp(String.raw`(?<!\p{L})(${monthAlternation})\.?\s+(\d{1,2}),?\s+(\d{4})${time}`, "iu"),
    ([, name, day, year, hour, minute]) => ({ year, month: monthNames[name.toLowerCase()], day, hour, minute }),
  ],
];

/**
 * The first valid date in `text`, as an ISO 8601 date or local date-time; null when there is none.
 * @example findDate("Pékin, le 30 août 2024 – Dans une démarche") // "2024-08-30"
 * @example findDate("Xinhua | 28.11.2023 08h34") // "2023-11-28T08:34:00"
 */
export function findDate(text: string): string | null {
  for (const [pattern, toParts] of patterns) {
    const match = text.match(pattern);
    if (!match) continue;
    const iso = toIso(toParts(match));
    if (iso) return iso;
  }
  return null;
}

function toIso({ year, month, day, hour, minute }: Parts): string | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  // Date.UTC only checks the calendar (31 February rolls over, which is how it is caught); no zone is involved.
  const check = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || y > 2200 || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  const date = `${year}-${pad(m)}-${pad(d)}`;
  if (hour === undefined || minute === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59) return date;
  return `${date}T${pad(Number(hour))}:${minute}:00`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
