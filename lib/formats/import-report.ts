// What an import reader says about a file besides its content: errors (what was not imported) and warnings
// (what was imported differently from the file), as codes with the line or element they concern, for the UI to word.

export type ImportIssue<Code extends string> = {
  code: Code;
  /** 1-based line in the file. */
  line?: number;
  /** The element as written in the file, `langSet xml:lang="---"`, or the CSV column. */
  element?: string;
  /** How many places share this issue, when they are reported once (first line given). */
  count?: number;
  /** The value concerned, verbatim, for the message: `---`, `nom → noun`. */
  detail: string;
  /** The terms that were not imported because of this error. */
  terms?: string[];
};

export type ImportReport<Code extends string> = { errors: ImportIssue<Code>[]; warnings: ImportIssue<Code>[] };

/**
 * The 1-based line of an offset in a text.
 * @example lineAt("a\nb\nc", 4) // 3
 */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
