// Adds up what every suite ran, for CI's single closing line `N passed, N failed`.
// `record <name> vitest|playwright|conformance <file> <exit>` or `record <name> check <exit>`; `total`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

const dir = path.resolve("test-results/records");
type Counts = { suite: string; passed: number; failed: number };

function countsOf(kind: string, file: string | undefined, exit: number): Omit<Counts, "suite"> {
  if (kind === "check") return exit === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (!file || !existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  let counts: Omit<Counts, "suite">;
  if (kind === "vitest") {
    counts = { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0) };
  } else if (kind === "playwright") {
    const s = report.stats;
    counts = { passed: s.expected + s.flaky, failed: s.unexpected + (s.expected + s.unexpected === 0 ? 1 : 0) };
  } else {
    counts = { passed: report.passed, failed: report.failed };
  }
  // A runner that crashed after writing a clean report still failed.
  if (exit !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const [command, ...args] = process.argv.slice(2);
if (command === "record") {
  const [suite, kind, ...rest] = args;
  const exit = Number(rest.at(-1));
  const counts = { suite, ...countsOf(kind, kind === "check" ? undefined : rest[0], exit) };
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${suite.replace(/[^a-z0-9]+/gi, "-")}.json`), JSON.stringify(counts));
  console.log(`[${suite}] ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed > 0 ? 1 : 0);
} else if (command === "total") {
  const records: Counts[] = existsSync(dir)
    ? readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")))
    : [];
  for (const r of records) console.log(`  ${r.suite}: ${r.passed} passed, ${r.failed} failed`);
  const passed = records.reduce((n, r) => n + r.passed, 0);
  const failed = records.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
} else {
  console.error("usage: test-summary.ts record <suite> <kind> [file] <exit> | total");
  process.exit(2);
}
