// Compares the numbers of a source and its translation as multisets of locale-independent keys and reports the
// ones missing from the target or added to it. Conservative: when a reading is uncertain, nothing is reported.
import { type NumberMention, findNumbers } from "./find-numbers";
import { type QualityIssue, type QualityText, baseLanguage } from "./types";

type Side = { text: string; mentions: NumberMention[]; matched: boolean[] };
type Keys = (mention: NumberMention) => readonly string[] | null;

const isStrict = (mention: NumberMention) => mention.kind !== "ordinal" && mention.kind !== "spelled";
const strictKeys =
  (all: boolean): Keys =>
  (mention) =>
    isStrict(mention) ? (all ? mention.keys : mention.keys.slice(0, 1)) : null;
const excuseKeys: Keys = (mention) => (isStrict(mention) ? null : mention.keys);
const anyKeys: Keys = (mention) => mention.keys;
// A full date matches the same day written without its year: "30 août 2024" = "August 30".
const datedKeys: Keys = (mention) =>
  mention.kind === "date" && /^d:\d/u.test(mention.keys[0]) ? [mention.keys[0].replace(/^d:\d+/u, "d:-")] : null;
const undatedKeys: Keys = (mention) =>
  mention.kind === "date" && mention.keys[0].startsWith("d:-") ? mention.keys : null;

// Unmatched mentions by key, each list read from a moving head so that taking one is constant time.
type Waiting = Map<string, { indexes: number[]; head: number }>;

function waitingBy(side: Side, keysOf: Keys): Waiting {
  const waiting: Waiting = new Map();
  side.mentions.forEach((mention, index) => {
    if (side.matched[index]) return;
    for (const key of keysOf(mention) ?? []) {
      const queue = waiting.get(key);
      if (queue) queue.indexes.push(index);
      else waiting.set(key, { indexes: [index], head: 0 });
    }
  });
  return waiting;
}

// Takes the first mention of `side` still unmatched under `key`, or returns false.
function take(side: Side, waiting: Waiting, key: string): boolean {
  const queue = waiting.get(key);
  if (!queue) return false;
  while (queue.head < queue.indexes.length && side.matched[queue.indexes[queue.head]]) queue.head++;
  if (queue.head === queue.indexes.length) return false;
  side.matched[queue.indexes[queue.head++]] = true;
  return true;
}

// Pairs unmatched mentions of `a` and `b` that share a key.
function pair(a: Side, b: Side, keysOfA: Keys, keysOfB: Keys) {
  const waiting = waitingBy(b, keysOfB);
  a.mentions.forEach((mention, index) => {
    if (a.matched[index]) return;
    if ((keysOfA(mention) ?? []).some((key) => take(b, waiting, key))) a.matched[index] = true;
  });
}

// What is left of a date the other side wrote in a way not read as a date (a day and a year apart): its parts
// excuse it, and it excuses them.
function pairDateParts(a: Side, b: Side) {
  const waiting = waitingBy(b, anyKeys);
  a.mentions.forEach((mention, index) => {
    if (a.matched[index] || mention.kind !== "date") return;
    const [year, , day] = mention.keys[0].slice(2).split("-");
    for (const part of [day, year]) {
      if (part && take(b, waiting, `n:${Number(part)}`)) a.matched[index] = true;
    }
  });
}

// A year alone on one side is excused by the same year inside a date on the other ("2024" and "le 30 août 2024"),
// and is reported only when the other side has a year left over too (2023 for 2024), not for "cette année".
function settleYears(a: Side, b: Side): boolean[] {
  const datedYears = new Set(
    b.mentions.filter((mention) => mention.kind === "date").map((mention) => mention.keys[0].slice(2, 6)),
  );
  const hasOtherYear = b.mentions.some((mention, index) => mention.kind === "year" && !b.matched[index]);
  return a.mentions.map(
    (mention, index) =>
      a.matched[index] || (mention.kind === "year" && (datedYears.has(mention.keys[0].slice(2)) || !hasOtherYear)),
  );
}

/**
 * Numbers, percentages and dates of the source missing from the target (`numbers.missing`) or added in it
 * (`numbers.extra`), compared across locale formats, with written-out numbers and ordinals as excuses only.
 * @example checkNumbers({ text: "1,5 milliard", language: "fr" }, { text: "15亿", language: "zh" }) // []
 */
export function checkNumbers(source: QualityText, target: QualityText): QualityIssue[] {
  const side = (text: QualityText): Side => {
    const mentions = findNumbers(text.text, baseLanguage(text.language));
    return { text: text.text, mentions, matched: mentions.map(() => false) };
  };
  const [from, to] = [side(source), side(target)];
  pair(from, to, strictKeys(false), strictKeys(false));
  pair(from, to, strictKeys(true), strictKeys(true));
  pair(from, to, excuseKeys, excuseKeys);
  pair(from, to, excuseKeys, anyKeys);
  pair(to, from, excuseKeys, anyKeys);
  pair(from, to, datedKeys, undatedKeys);
  pair(to, from, datedKeys, undatedKeys);
  pairDateParts(from, to);
  pairDateParts(to, from);
  const [settledSource, settledTarget] = [settleYears(from, to), settleYears(to, from)];
  const issues: QualityIssue[] = [];
  const report = (which: Side, settled: boolean[], code: "numbers.missing" | "numbers.extra") =>
    which.mentions.forEach((mention, index) => {
      if (settled[index] || !isStrict(mention)) return;
      issues.push({
        code,
        severity: "warning",
        spans: [{ side: code === "numbers.missing" ? "source" : "target", start: mention.start, end: mention.end }],
        params: { value: which.text.slice(mention.start, mention.end) },
      });
    });
  report(from, settledSource, "numbers.missing");
  report(to, settledTarget, "numbers.extra");
  return issues;
}
