// Which reader an uploaded glossary file goes to, TBX or CSV: by its extension, else by its first bytes.
// The import page shows the guess and lets the editor override it.

export type GlossaryFormat = "tbx" | "csv";

const byExtension: Record<string, GlossaryFormat> = { tbx: "tbx", xml: "tbx", csv: "csv", tsv: "csv" };

/**
 * @example detectGlossaryFormat("terms.TBX", new Uint8Array()) // "tbx"
 * @example detectGlossaryFormat("export", new TextEncoder().encode("<?xml version=\"1.0\"?><tbx>")) // "tbx"
 * @example detectGlossaryFormat("export", new TextEncoder().encode("language,term\n")) // "csv"
 */
export function detectGlossaryFormat(fileName: string, head: Uint8Array): GlossaryFormat | null {
  const extension = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase();
  if (extension && byExtension[extension]) return byExtension[extension];
  // UTF-16 and UTF-32 byte order marks: a CSV must be UTF-8, so only XML comes this way.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return "tbx";
  const text = new TextDecoder("utf-8")
    .decode(head.subarray(0, 1024))
    .replace(/^\uFEFF/u, "")
    .trimStart();
  if (text.startsWith("<")) return "tbx";
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  return /[,;\t|]/u.test(firstLine) ? "csv" : null;
}
