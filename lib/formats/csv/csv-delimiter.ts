// Which delimiter a glossary CSV uses, guessed from its header line: shared by the reader and the import page's
// header step, so both split the file the same way.

const candidates = [",", ";", "\t", "|"];

/**
 * The delimiter used most often outside quotes on the header line (a comma when none is used).
 * @example guessDelimiter("term;language;\"a;b\"\nx;y;z") // ";"
 */
export function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/u)).replace(/"[^"]*"/gu, "");
  return candidates.map((d) => [d, header.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
}
