// What every conformance suite returns: named checks that pass or fail, with the numbers behind them.

export type CheckResult = { name: string; passed: boolean; detail: string };

export function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)} %` : "n/a";
}
