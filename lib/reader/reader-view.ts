// How a reader looks at an article: the translation language and the layout mode.
// Parsed from the URL (so a link reproduces the view) and remembered in a cookie.
import { z } from "zod";

export const readerModes = ["side", "interlinear", "original", "translation"] as const;
export type ReaderMode = (typeof readerModes)[number];

/** "none" means: original only, whatever the mode. */
export const NO_TRANSLATION = "none";

const languageTag = z.string().regex(/^(none|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/);

export type ReaderView = { lang?: string; mode?: ReaderMode };

/** Reads the view from URL search params or a cookie value; anything invalid is dropped, not an error. */
export function parseReaderView(params: URLSearchParams | Record<string, string | string[] | undefined>): ReaderView {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const view: ReaderView = {};
  const lang = languageTag.safeParse(get("lang"));
  if (lang.success) view.lang = lang.data;
  const mode = z.enum(readerModes).safeParse(get("mode"));
  if (mode.success) view.mode = mode.data;
  return view;
}

/**
 * Without a translation only the original can be shown, so "none" always goes with "original": a remembered
 * `lang=none&mode=side` would otherwise send every later visit through a second redirect to fix the mode.
 */
function withConsistentMode(view: ReaderView): ReaderView {
  return view.lang === NO_TRANSLATION && view.mode ? { ...view, mode: "original" } : view;
}

/** Cookie and URL share one encoding: `lang=en&mode=side` (empty values are left out). */
export function serializeReaderView(input: ReaderView): string {
  const view = withConsistentMode(input);
  const params = new URLSearchParams();
  if (view.lang) params.set("lang", view.lang);
  if (view.mode) params.set("mode", view.mode);
  return params.toString();
}

export const READER_VIEW_COOKIE = "parallel_reader";

/**
 * Reads the view from the cookie's value (as the request's cookie parser gives it). The browser
 * writes it percent-encoded, so a value still holding "%" is decoded once more; a value that does
 * not decode (a stray "%ff", anything hand-made) is treated as no cookie, never as an error.
 * @example parseReaderViewCookie("lang%3Den%26mode%3Dside") // { lang: "en", mode: "side" }
 * @example parseReaderViewCookie("%ff") // {}
 */
export function parseReaderViewCookie(value: string | undefined): ReaderView {
  if (!value) return {};
  let decoded = value;
  if (value.includes("%")) {
    try {
      decoded = decodeURIComponent(value);
    } catch {
      return {};
    }
  }
  return withConsistentMode(parseReaderView(new URLSearchParams(decoded)));
}

/**
 * Picks the translation to show: the requested language when the article has it (or "none"),
 * else the reader's preferred reading language when the article has it, else the first available
 * language that is not the article's own, else none.
 * Example: resolveTranslationLanguage("de", ["en", "zh"], "fr", "zh") → "zh".
 */
export function resolveTranslationLanguage(
  requested: string | undefined,
  available: string[],
  articleLanguage: string,
  preferred?: string | null,
): string {
  if (requested === NO_TRANSLATION) return NO_TRANSLATION;
  if (requested && available.includes(requested)) return requested;
  if (preferred && preferred !== articleLanguage && available.includes(preferred)) return preferred;
  return available.find((language) => language !== articleLanguage) ?? NO_TRANSLATION;
}
