// What every conformance suite returns: named checks that pass or fail, with the numbers behind them.

export type CheckResult = { name: string; passed: boolean; detail: string };

export function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)} %` : "n/a";
}

/** A check that passes when none of `problems` holds; the problems found are appended to the detail. */
export function checkOf(name: string, problems: (string | null | false)[], detail: string): CheckResult {
  const found = problems.filter(Boolean) as string[];
  return { name, passed: found.length === 0, detail: `${detail}${found.length ? ` — ${found.join("; ")}` : ""}` };
}
