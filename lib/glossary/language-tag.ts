// Checks that a language tag is well-formed BCP 47 before a glossary stores it, and gives its canonical case.
// Files carry tags such as "---" or "en_US": the first is refused, the second repaired.

/**
 * A well-formed BCP 47 tag in canonical case, or null; "en_US" is repaired to "en-US".
 * @example languageTag("EN-us") // "en-US"; languageTag("zh_hans") // "zh-Hans"; languageTag("---") // null
 */
export function languageTag(value: string): string | null {
  const tag = value.trim().replace(/_/gu, "-");
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/u.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
