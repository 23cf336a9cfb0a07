// `npm run bench:glossary`: builds the term matcher over 100,000 generated terms (French, English, Chinese)
// and scans a 10,000-character mixed article; compares the scan with a naive indexOf loop over every term.
import { performance } from "node:perf_hooks";
import { type IndexedTerm, buildTermIndex, matchTerms } from "../lib/glossary/match-terms.ts";

const termCount = Number(process.env.BENCH_TERMS ?? 100_000);
const articleLength = Number(process.env.BENCH_CHARS ?? 10_000);
const scanRuns = 31;
// A reader's server scans many segments per glossary version: the steady (JIT-compiled) cost is the one to compare.
const warmupRuns = 10;

// mulberry32: a small seeded generator, so every run measures the same terms and article.
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20261123);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "tr", "ch", "st", "pl", "gr"];
const vowels = { en: ["a", "e", "i", "o", "u", "ea", "ou"], fr: ["a", "e", "é", "è", "i", "o", "ou", "eau", "ai"] };
const codas = ["", "", "n", "r", "s", "t", "l", "m"];
const hanzi = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20900)));

function word(language: "en" | "fr"): string {
  let result = "";
  for (let i = between(1, 3); i > 0; i--) result += pick(onsets) + pick(vowels[language]) + pick(codas);
  return result;
}

function term(language: "en" | "fr" | "zh"): string {
  if (language === "zh") return Array.from({ length: between(2, 6) }, () => pick(hanzi)).join("");
  const words = Array.from({ length: between(1, 4) }, () => word(language));
  if (language === "fr" && words.length > 2) words[1] = pick(["de", "du", "des", "et"]);
  if (random() < 0.3) words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(" ");
}

const languages = ["en", "fr", "zh"] as const;
const terms: IndexedTerm[] = Array.from({ length: termCount }, (_, i) => {
  const language = languages[i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : 2];
  return { id: `t${i}`, text: term(language), language };
});
const fillers = {
  en: ["the", "of", "and", "cooperation", "between", "countries", "said", "new", "projects", "in", "region", "with"],
  fr: [
    "la",
    "de",
    "et",
    "coopération",
    "entre",
    "les",
    "pays",
    "a",
    "déclaré",
    "nouveaux",
    "projets",
    "dans",
    "l'Asie",
  ],
};

function article(): string {
  const parts: string[] = [];
  let length = 0;
  while (length < articleLength) {
    const language = pick(languages);
    const pool = terms.filter((_, i) => i % 97 === 0 && terms[i].language === language);
    let sentence = "";
    for (let i = between(8, 20); i > 0; i--) {
      const piece =
        random() < 0.15 ? pick(pool).text : language === "zh" ? pick(hanzi) + pick(hanzi) : pick(fillers[language]);
      sentence += language === "zh" ? piece : `${piece} `;
    }
    sentence = language === "zh" ? `${sentence}。` : `${sentence.trim()}. `;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join("").slice(0, articleLength);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(2)} ms`;

function naive(text: string): number {
  const lower = text.toLowerCase();
  let found = 0;
  for (const { text: termText } of terms) {
    const needle = termText.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) found++;
  }
  return found;
}

const text = article();
// The first build is the one a server pays after a glossary edit, before the JIT has warmed up; later ones show the
// steady cost.
const buildTimes: number[] = [];
let index = buildTermIndex([]);
let started = 0;
for (let run = 0; run < 3; run++) {
  started = performance.now();
  index = buildTermIndex(terms);
  buildTimes.push(performance.now() - started);
}
const buildTime = buildTimes[0];

const scanTimes: number[] = [];
let hits = 0;
for (let run = 0; run < scanRuns + warmupRuns; run++) {
  started = performance.now();
  hits = matchTerms(index, text, "und").length;
  if (run >= warmupRuns) scanTimes.push(performance.now() - started);
}
const naiveTimes: number[] = [];
let naiveHits = 0;
for (let run = 0; run < 3; run++) {
  started = performance.now();
  naiveHits = naive(text);
  naiveTimes.push(performance.now() - started);
}
const scanTime = median(scanTimes);
const naiveTime = median(naiveTimes);

console.log(
  `bench:glossary — ${termCount.toLocaleString("en")} terms (en 40 %, fr 30 %, zh 30 %), article of ${text.length.toLocaleString("en")} characters`,
);
console.log(
  `  build: ${ms(buildTime)} first, ${ms(median(buildTimes.slice(1)))} warm (goal ≤ 1000 ms) for ${index.patternTerms.length.toLocaleString("en")} forms, ${index.automaton.depth.length.toLocaleString("en")} automaton states`,
);
console.log(
  `  scan:  ${ms(scanTime)} median of ${scanRuns} after ${warmupRuns} warm-up scans (goal ≤ 5 ms), ${hits} hits after boundaries and leftmost-longest`,
);
console.log(
  `  naive: ${ms(naiveTime)} median of 3 (lowercase + indexOf per term, ${naiveHits} raw occurrences, no boundaries)`,
);
console.log(`  ratio: naive / scan = ${(naiveTime / scanTime).toFixed(0)}×`);
const ok = buildTime <= 1000 && scanTime <= 5;
console.log(ok ? "  goals met" : "  GOALS MISSED");
process.exitCode = ok ? 0 : 1;
