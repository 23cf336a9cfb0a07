// `npm run bench:parsers`: feeds each parser issue 10's hostile shapes at 1×, 10× and 100× a base size and prints the
// time of each and the growth exponent (the slope of log time over log size: 1 is linear, 2 quadratic); then the
// shape at about 50 MB, the upload limit. Each case runs in its own process, killed after BENCH_TIMEOUT_MS (60 s),
// so a super-linear parser cannot hang the bench: it prints "timeout".
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { suggestCsvMapping } from "../lib/formats/csv/csv-mapping.ts";
import { readGlossaryCsv } from "../lib/formats/csv/read-glossary-csv.ts";
import { readTbx } from "../lib/formats/tbx/read-tbx.ts";
import { importDocument } from "../lib/import/import-document.ts";
import * as hostile from "../lib/testing/hostile-inputs.ts";

const timeoutMs = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);
const multipliers = [1, 10, 100];
// The upload limit (defaultMaxBytes), less a little, so that the input is read rather than refused for its size.
const fiftyMegabytes = 50 * 1024 * 1024 - 1024;

type Outcome = { ms: number; bytes: number; result: string };
type Case = { parser: string; shape: string; base: number; generate: (size: number) => string };

// What a run produced, in a few words: what was read, or the code it was refused with.
const tbx = (text: string) => {
  const { concepts, report } = readTbx(text);
  return report.errors[0] && !concepts.length ? `refused ${report.errors[0].code}` : `${concepts.length} concepts`;
};
const csv = (text: string) => {
  const header = text.slice(0, text.indexOf("\n")).split(",");
  const { concepts, report } = readGlossaryCsv(text, suggestCsvMapping(header));
  return report.errors[0] && !concepts.length ? `refused ${report.errors[0].code}` : `${concepts.length} concepts`;
};
const article = (text: string) => {
  try {
    const articles = importDocument(text, { fileName: "bench.txt", language: "en" });
    return `${articles.flatMap((a) => a.paragraphs).length} paragraphs`;
  } catch (error) {
    return `refused ${(error as { code?: string }).code ?? String(error)}`;
  }
};
const parsers: Record<string, (text: string) => string> = { TBX: tbx, CSV: csv, importer: article };

const cases: Case[] = [
  { parser: "TBX", shape: "deep (levels)", base: 1000, generate: hostile.deepTbx },
  { parser: "TBX", shape: "wide (concepts)", base: 1000, generate: hostile.manyConceptsTbx },
  { parser: "TBX", shape: "wide (attributes)", base: 1000, generate: hostile.manyAttributesTbx },
  { parser: "TBX", shape: "long text (chars)", base: 100_000, generate: hostile.longTextTbx },
  { parser: "TBX", shape: "terms per concept", base: 500, generate: hostile.manyTermsTbx },
  { parser: "CSV", shape: "long cell of spaces", base: 4000, generate: hostile.spacedCsvCell },
  { parser: "CSV", shape: "long cell (chars)", base: 100_000, generate: hostile.longCsvCell },
  { parser: "CSV", shape: "wide (cells)", base: 1000, generate: hostile.manyCellsCsv },
  { parser: "CSV", shape: "terms per concept", base: 500, generate: hostile.manyTermsCsv },
  { parser: "importer", shape: "long line (chars)", base: 10_000, generate: hostile.longLineText },
  { parser: "importer", shape: "tiny paragraphs", base: 1000, generate: hostile.tinyParagraphsText },
];

// The size that makes a shape's input just under `bytes` long (numbered names grow with their numbers, so the
// estimate from the base size is checked and scaled down until the input fits).
function sizeFor(entry: Case, bytes: number): number {
  let size = Math.max(1, Math.round((entry.base * bytes) / entry.generate(entry.base).length));
  for (let length = entry.generate(size).length; length > bytes; length = entry.generate(size).length)
    size = Math.floor((size * bytes * 0.99) / length);
  return size;
}

/** One measurement, in this process: generate (not timed), warm the parser up on a small input, then parse. */
function measure(index: number, size: number): Outcome {
  const entry = cases[index];
  parsers[entry.parser](entry.generate(Math.max(1, Math.floor(entry.base / 10))));
  const input = entry.generate(size);
  const start = performance.now();
  const result = parsers[entry.parser](input);
  return { ms: performance.now() - start, bytes: input.length, result };
}

/** One measurement in a child process with a kill timer; null when it ran out of time or crashed. */
function inChild(index: number, size: number): Outcome | null {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, "--case", String(index), String(size)], {
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) return null;
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Outcome;
}

const seconds = (outcome: Outcome | null) =>
  outcome ? `${(outcome.ms / 1000).toFixed(3)} s` : `timeout >${timeoutMs / 1000} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

// Least-squares slope of log(time) over log(size); a lower bound ("≥") when a run timed out.
function exponent(sizes: number[], outcomes: (Outcome | null)[]): string {
  const points = sizes.map((size, i) => [Math.log(size), Math.log(Math.max(outcomes[i]?.ms ?? timeoutMs, 0.01))]);
  const measured = outcomes.every(Boolean);
  if (!outcomes[0]) return "n/a";
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const slope =
    points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) /
    points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return `${measured ? "" : "≥ "}${slope.toFixed(2)}`;
}

function main() {
  console.log(
    `bench:parsers: 1×, 10×, 100× of each base size; each run in its own process, ${timeoutMs / 1000} s at most\n`,
  );
  console.log("| parser | shape | sizes | 1× | 10× | 100× | exponent | 10×→100× | 100× result |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const [index, entry] of cases.entries()) {
    const sizes = multipliers.map((m) => entry.base * m);
    const outcomes = sizes.map((size) => inChild(index, size));
    const largest = outcomes.at(-1);
    console.log(
      `| ${entry.parser} | ${entry.shape} | ${sizes.join(" / ")} | ${outcomes.map(seconds).join(" | ")} | ${exponent(sizes, outcomes)} | ${exponent(sizes.slice(1), outcomes.slice(1))} | ${largest ? `${largest.result} (${megabytes(largest.bytes)})` : "—"} |`,
    );
  }
  console.log("\nAt about 50 MB (the upload limit):\n");
  console.log("| parser | shape | size | time | result |");
  console.log("|---|---|---|---|---|");
  for (const [index, entry] of cases.entries()) {
    const size = sizeFor(entry, fiftyMegabytes);
    const outcome = inChild(index, size);
    console.log(
      `| ${entry.parser} | ${entry.shape} | ${size} | ${seconds(outcome)} | ${outcome ? `${outcome.result} (${megabytes(outcome.bytes)})` : "—"} |`,
    );
  }
}

const at = process.argv.indexOf("--case");
if (at === -1) main();
else console.log(JSON.stringify(measure(Number(process.argv[at + 1]), Number(process.argv[at + 2]))));
