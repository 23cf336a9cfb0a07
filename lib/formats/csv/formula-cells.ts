// CSV injection (OWASP): a spreadsheet runs a cell that begins with "=", "+", "-", "@", a tab or a
// carriage return as a formula. The writer neutralises such a cell with a leading apostrophe, and the
// reader takes exactly that apostrophe off again, so that an export reads back unchanged.
//
// To keep the rule unambiguous, a cell that already begins with apostrophes followed by one of those
// characters ("'=x", "''-y") gets one more apostrophe too. A written cell then begins with one or
// more apostrophes and a formula character exactly when it was neutralised, and the reader removes
// one apostrophe from such a cell and leaves every other cell alone.

const formulaStart = /^'*[=+\-@\t\r]/u;
const neutralised = /^'+[=+\-@\t\r]/u;

/**
 * The cell as it is safe to write.
 * @example neutraliseFormulaCell("=SUM(A1)") // "'=SUM(A1)"
 * @example neutraliseFormulaCell("'=x") // "''=x"
 * @example neutraliseFormulaCell("Astana") // "Astana"
 */
export function neutraliseFormulaCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/**
 * The cell as it was before neutraliseFormulaCell.
 * @example restoreFormulaCell("'=SUM(A1)") // "=SUM(A1)"
 * @example restoreFormulaCell("'quoted'") // "'quoted'"
 */
export function restoreFormulaCell(value: string): string {
  return neutralised.test(value) ? value.slice(1) : value;
}
