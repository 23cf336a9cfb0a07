// Reads the metadata block some text files open with, either YAML-style ("---", "title: …", "---") or
// comment-style ("# title: …" lines closed by "---"), and returns the fields and the body after it.

export type FrontMatter = { fields: Record<string, string>; body: string };

const yamlBlock = /^---\r?\n((?:[ \t]*[\w-]+[ \t]*:.*\r?\n)+)---[ \t]*(?:\r?\n|$)/u;
const commentBlock = /^((?:#[ \t]*[\w-]+[ \t]*:.*\r?\n)+)---[ \t]*(?:\r?\n|$)/u;

/**
 * Splits off a leading metadata block; keys are lowercased. Without one, the whole text is the body.
 * @example parseFrontMatter("# title: Hello\n# language: en — English\n---\nBody") // { fields: { title: "Hello", language: "en — English" }, body: "Body" }
 */
export function parseFrontMatter(text: string): FrontMatter {
  const match = text.match(yamlBlock) ?? text.match(commentBlock);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/u)) {
    const field = line.match(/^#?[ \t]*([\w-]+)[ \t]*:(.*)$/u);
    if (field && field[2].trim()) fields[field[1].toLowerCase()] = field[2].trim().replace(/^(["'])(.*)\1$/u, "$2");
  }
  return { fields, body: text.slice(match[0].length) };
}

/**
 * The declared language of a front-matter value such as "zh-Hans — Chinese, Mandarin (Simplified)".
 * @example declaredLanguage({ language: "zh-Hans — Chinese" }) // "zh-Hans"
 */
export function declaredLanguage(fields: Record<string, string>): string | undefined {
  return (fields.language ?? fields.lang)?.match(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*/u)?.[0];
}
