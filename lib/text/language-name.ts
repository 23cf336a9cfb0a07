// A language's name in the reader's interface language, from the runtime's CLDR data.
// Example: languageName("kk", "fr") → "kazakh".
import { LRUCache } from "lru-cache";

// Display names by interface locale. Nothing invalidates them (CLDR data is fixed for the process);
// the bound keeps a caller-chosen locale from growing the table.
const cache = new LRUCache<string, Intl.DisplayNames>({ max: 16 });

export function languageName(code: string, uiLocale: string): string {
  let names = cache.get(uiLocale);
  if (!names) {
    names = new Intl.DisplayNames([uiLocale], { type: "language", fallback: "code" });
    cache.set(uiLocale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
