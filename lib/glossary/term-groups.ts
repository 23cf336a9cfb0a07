// An entry's terms grouped by language for the entries list: the glossary's own language order first, then any
// other language by its tag, each group keeping the entry's term order. Pure.

/**
 * @example groupTermsByLanguage([{ language: "fr", text: "Astana" }, { language: "en", text: "Astana" }], ["en", "fr"])
 * // [{ language: "en", terms: [{ language: "en", … }] }, { language: "fr", terms: [{ language: "fr", … }] }]
 */
export function groupTermsByLanguage<T extends { language: string }>(
  terms: readonly T[],
  languageOrder: readonly string[],
): { language: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const group = groups.get(term.language);
    if (group) group.push(term);
    else groups.set(term.language, [term]);
  }
  const rank = (language: string) => {
    const index = languageOrder.findIndex((tag) => tag.toLowerCase() === language.toLowerCase());
    return index === -1 ? languageOrder.length : index;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([language, grouped]) => ({ language, terms: grouped }));
}
