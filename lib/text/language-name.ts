// A language's name in the reader's interface language, from the runtime's CLDR data.
// Example: languageName("kk", "fr") → "kazakh".

const cache = new Map<string, Intl.DisplayNames>();

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
