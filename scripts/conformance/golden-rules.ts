// pySBD's "Golden Rules" sentence cases through segmentText: the exact-match rate per language, after
// trimming each sentence as pySBD does. A language under the goal is a failed check.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { segmentText } from "../../lib/segmentation/segment-text.ts";
import { type CheckResult, percent } from "./check.ts";

type GoldenFile = { language: string; sets: { name: string; cases: { input: string; expected: string[] }[] }[] };

const checkedLanguages = ["en", "fr", "ru", "kk", "zh"];
const informational = ["ja"]; // scored and shown, not a goal of the product
const goal = 0.95;

export async function runGoldenRules(dir: string, log: (line: string) => void): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const language of [...checkedLanguages, ...informational]) {
    const file = path.join(dir, "segmentation/pysbd-golden-rules", `golden_${language}.json`);
    const golden = JSON.parse(await readFile(file, "utf8")) as GoldenFile;
    const cases = golden.sets.flatMap((set) => set.cases);
    const failures = cases.filter(({ input, expected }) => {
      const actual = segmentText(input, language).map((sentence) => sentence.trim());
      return JSON.stringify(actual) !== JSON.stringify(expected.map((sentence) => sentence.trim()));
    });
    const passedCount = cases.length - failures.length;
    const detail = `${passedCount}/${cases.length} exact (${percent(passedCount, cases.length)}, goal ${goal * 100} %)`;
    for (const failure of failures) {
      log(`    ${language} mismatch: ${JSON.stringify(failure.input)}`);
      log(`      expected ${JSON.stringify(failure.expected)}`);
      log(`      actual   ${JSON.stringify(segmentText(failure.input, language))}`);
    }
    if (informational.includes(language)) log(`  (info) golden rules ${language}: ${detail}`);
    else results.push({ name: `golden rules ${language}`, passed: passedCount >= goal * cases.length, detail });
  }
  return results;
}
