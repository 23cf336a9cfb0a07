// The difference between two versions of a translation, for display: what was kept, removed and added, word by word
// (character by character in Chinese and Japanese, which put no spaces between words). jsdiff finds the edits.
import { diffArrays } from "diff";
import { normalizeLanguageTag } from "../language/language-tags";
import { segmenterFor } from "../text/intl-segmenters";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type DiffUnit = "word" | "character";

/**
 * `parts` always rebuild both texts: the same and removed parts give the old text, the same and added parts the new
 * one. `fallback` says why the texts were not compared token by token and the parts are one whole replacement.
 */
export type TranslationDiff = { parts: DiffPart[]; unit: DiffUnit; fallback: "tooLong" | "tooManyEdits" | null };

/** Longer texts (in UTF-16 code units) are shown as a whole replacement rather than compared. */
export const MAX_DIFF_TEXT_LENGTH = 5_000;

/**
 * jsdiff's Myers search costs about (tokens × edits); past this many token insertions and deletions it gives up and
 * the diff becomes a whole replacement. Measured at ~70–100 ms for two unrelated 5,000-token texts; a revision with
 * more edits than this reads better as "rewritten" than as a confetti of changes anyway.
 */
export const MAX_DIFF_EDITS = 1_000;

// Primary languages written without spaces between words: a word diff would see whole clauses as one token.
// (Intl.Segmenter can split them with a dictionary, but a reviewer compares characters, not dictionary guesses.)
const characterLanguages = new Set(["zh", "ja", "yue", "lzh"]);

/**
 * Which token a diff of text in this language compares.
 * @example diffUnitFor("zh-Hans") // "character"; diffUnitFor("kk") // "word"
 */
export function diffUnitFor(language: string): DiffUnit {
  const primary = normalizeLanguageTag(language).split("-")[0];
  return characterLanguages.has(primary) ? "character" : "word";
}

// Words, punctuation and whitespace runs are separate tokens (UAX #29 word boundaries); characters are grapheme
// clusters, so an accent or an emoji sequence is never cut in half. Either way the tokens concatenate to the text.
function tokenize(text: string, language: string, unit: DiffUnit): string[] {
  const segmenter = segmenterFor(language, unit === "word" ? "word" : "grapheme");
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function wholeReplacement(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = [];
  if (oldText) parts.push({ kind: "removed", text: oldText });
  if (newText) parts.push({ kind: "added", text: newText });
  return parts;
}

function isWhitespace(text: string): boolean {
  return text.trim() === "";
}

/**
 * A kept space between two changes ("~~cat~~ dog ~~sat~~ ran") splits one rewrite into confetti; it joins the
 * change on both sides instead ("~~cat sat~~ dog ran"). Each run of changes then becomes at most one removed part
 * followed by one added part, so the display never interleaves them.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const tidied: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flushChanges = () => {
    if (removed) tidied.push({ kind: "removed", text: removed });
    if (added) tidied.push({ kind: "added", text: added });
    removed = "";
    added = "";
  };
  parts.forEach((part, index) => {
    const isBetweenChanges =
      parts[index - 1] !== undefined &&
      parts[index - 1].kind !== "same" &&
      parts[index + 1] !== undefined &&
      parts[index + 1].kind !== "same";
    if (!part.text) return;
    if (part.kind === "removed") removed += part.text;
    else if (part.kind === "added") added += part.text;
    else if (isBetweenChanges && isWhitespace(part.text)) {
      removed += part.text;
      added += part.text;
    } else {
      flushChanges();
      tidied.push(part);
    }
  });
  flushChanges();
  return tidied;
}

/**
 * The difference from `oldText` to `newText`, both in `language` (a BCP 47 tag, which picks words or characters).
 * @example diffTranslations("Le chat dort.", "Le chien dort.", "fr").parts
 * // [{ kind: "same", text: "Le " }, { kind: "removed", text: "chat" }, { kind: "added", text: "chien" },
 * //  { kind: "same", text: " dort." }]
 */
export function diffTranslations(oldText: string, newText: string, language: string): TranslationDiff {
  const unit = diffUnitFor(language);
  if (oldText === newText) return { parts: oldText ? [{ kind: "same", text: oldText }] : [], unit, fallback: null };
  if (oldText.length > MAX_DIFF_TEXT_LENGTH || newText.length > MAX_DIFF_TEXT_LENGTH) {
    return { parts: wholeReplacement(oldText, newText), unit, fallback: "tooLong" };
  }
  const changes = diffArrays(tokenize(oldText, language, unit), tokenize(newText, language, unit), {
    maxEditLength: MAX_DIFF_EDITS,
  });
  if (!changes) return { parts: wholeReplacement(oldText, newText), unit, fallback: "tooManyEdits" };
  const parts = changes.map((change): DiffPart => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value.join(""),
  }));
  return { parts: tidy(parts), unit, fallback: null };
}
