// The new-glossary form's two list fields as the editor types them: language tags separated by commas or spaces,
// subject fields one per line. Pure: turns the text into the lists createGlossaryAction takes.
import { languageTag } from "./language-tag";

/**
 * Tags in canonical case, first occurrence kept; `invalid` holds what is no BCP 47 tag, as typed.
 * @example parseLanguageList("en, FR zh_hans, en, ---") // { tags: ["en", "fr", "zh-Hans"], invalid: ["---"] }
 */
export function parseLanguageList(text: string): { tags: string[]; invalid: string[] } {
  const tags: string[] = [];
  const invalid: string[] = [];
  for (const item of text.split(/[\s,;]+/u)) {
    if (!item) continue;
    const tag = languageTag(item);
    if (!tag) invalid.push(item);
    else if (!tags.includes(tag)) tags.push(tag);
  }
  return { tags, invalid };
}

/**
 * One subject field per line, trimmed, blank lines and repeats (ignoring case) left out.
 * @example parseSubjectFields("Geography\n\n economy \ngeography") // ["Geography", "economy"]
 */
export function parseSubjectFields(text: string): string[] {
  const fields: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/u)) {
    const field = line.trim().replace(/\s+/gu, " ");
    if (!field || seen.has(field.toLocaleLowerCase())) continue;
    seen.add(field.toLocaleLowerCase());
    fields.push(field);
  }
  return fields;
}
