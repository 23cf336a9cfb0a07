// Unicode's UAX #29 SentenceBreakTest (9.0.0) against the Intl.Segmenter that segmentText builds on.
// What changed after 9.0 is scored apart: Unicode 11 redefined emoji sequences (ZWJ, emoji modifiers) through
// Extended_Pictographic and retired E_Base, E_Modifier and Glue_After_Zwj, so an engine on a newer Unicode may
// rightly treat a line containing those characters differently. The classification is by the characters a
// line contains, decided before running, never by whether the engine fails it. Every other line must pass.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { uaxSentenceBreaks } from "../../lib/segmentation/segment-text.ts";
import { type CheckResult, percent } from "./check.ts";

const changedAfterUnicode9 = /[\u200D\p{Emoji_Modifier}\p{Extended_Pictographic}]/u;

type Case = { line: string; text: string; expected: number[] };

/** "÷ 0041 × 002E ÷ 0020 …" → the string and its expected break offsets (UTF-16), start and end included. */
export function parseBreakTestLine(line: string): Case | null {
  const data = line.split("#")[0].trim();
  if (!data) return null;
  let text = "";
  const expected: number[] = [];
  for (const token of data.split(/\s+/u)) {
    if (token === "÷") expected.push(text.length);
    else if (token !== "×") text += String.fromCodePoint(Number.parseInt(token, 16));
  }
  return { line: data, text, expected };
}

export async function runSentenceBreakTest(dir: string, log: (line: string) => void): Promise<CheckResult[]> {
  const file = path.join(dir, "segmentation/unicode-uax29-9.0.0/SentenceBreakTest.txt");
  const cases = (await readFile(file, "utf8"))
    .split("\n")
    .map(parseBreakTestLine)
    .filter((c): c is Case => c !== null);
  const score = { unchanged: [0, 0], changed: [0, 0] };
  for (const testCase of cases) {
    const actual = [0, ...uaxSentenceBreaks(testCase.text, "en"), testCase.text.length];
    const ok = [...new Set(actual)].join(",") === testCase.expected.join(",");
    const bucket = changedAfterUnicode9.test(testCase.text) ? score.changed : score.unchanged;
    bucket[1]++;
    if (ok) bucket[0]++;
    else log(`    UAX #29 mismatch${bucket === score.changed ? " (changed after Unicode 9)" : ""}: ${testCase.line}`);
  }
  const [passed, total] = score.unchanged;
  log(
    `  (info) UAX #29 cases changed after Unicode 9: ${score.changed[0]}/${score.changed[1]} as in 9.0 (not counted)`,
  );
  const all = passed + score.changed[0];
  return [
    {
      name: "UAX #29 SentenceBreakTest 9.0.0 (Intl.Segmenter)",
      passed: total > 0 && passed === total,
      detail: `${passed}/${total} unchanged cases (${percent(passed, total)}); all cases ${all}/${cases.length} (${percent(all, cases.length)})`,
    },
  ];
}
