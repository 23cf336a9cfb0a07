// `npm run test:conformance`: runs Parallel against the standards' own test material in
// ../shared/conformance (or CONFORMANCE_DIR). Each check counts once; the last line is the tally.
// Runs with the react-server condition: one suite goes through the data layer (server-only) on a database of its own.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CheckResult } from "./conformance/check.ts";
import { runGlossaryDb } from "./conformance/glossary-db.ts";
import { runGoldenRules } from "./conformance/golden-rules.ts";
import { runSentenceBreakTest } from "./conformance/sentence-break.ts";
import { runTbx } from "./conformance/tbx.ts";
import { runUdhr } from "./conformance/udhr.ts";

const dir = path.resolve(process.cwd(), process.env.CONFORMANCE_DIR ?? "../shared/conformance");
const verbose = process.argv.includes("--verbose");

const suites: [string, (dir: string, log: (line: string) => void) => Promise<CheckResult[]>][] = [
  ["segmentation: pySBD golden rules", runGoldenRules],
  ["segmentation: Unicode UAX #29 sentence breaks", runSentenceBreakTest],
  ["import: UDHR in five languages, text and HTML", runUdhr],
  ["glossary: TBX termbases (LTAC), import and TBX-Basic export", runTbx],
  ["glossary: an LTAC termbase through the database and the export API", runGlossaryDb],
];

async function report(passed: number, failed: number): Promise<void> {
  console.log(`conformance: ${passed} passed, ${failed} failed`);
  await mkdir("test-results", { recursive: true });
  await writeFile("test-results/conformance.json", `${JSON.stringify({ passed, failed })}\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

if (!existsSync(dir)) {
  console.error(
    `conformance: the conformance folder ${dir} is missing, so nothing was checked: put shared/ beside the repository or set CONFORMANCE_DIR.`,
  );
  await report(0, 1);
} else {
  console.log(`conformance: reading ${dir}`);
  let passed = 0;
  let failed = 0;
  for (const [title, run] of suites) {
    console.log(`\n${title}`);
    const details: string[] = [];
    let results: CheckResult[];
    try {
      results = await run(dir, (line) => details.push(line));
    } catch (error) {
      results = [{ name: title, passed: false, detail: `could not run: ${(error as Error).message}` }];
    }
    for (const result of results) {
      console.log(`  ${result.passed ? "PASS" : "FAIL"} ${result.name}: ${result.detail}`);
      if (result.passed) passed++;
      else failed++;
    }
    // A long mismatch listing is shown in full only when something failed here, or with --verbose.
    const showAll = verbose || details.length <= 40 || results.some((result) => !result.passed);
    const shown = showAll ? details : details.filter((line) => line.startsWith("  (info)"));
    for (const line of shown) console.log(line);
    if (shown.length < details.length) console.log(`  (${details.length - shown.length} more lines with --verbose)`);
  }
  console.log();
  await report(passed, failed);
}
