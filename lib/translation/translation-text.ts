// What a translation's text (and a review comment or a down-vote's reason) may be: trimmed, non-empty, bounded, and
// free of characters that cannot be stored or shown. Returns field error codes, so the forms' messages already exist.
import { z } from "zod";
import type { FieldErrorCode } from "../validation/field-errors";

/** As many UTF-16 code units as the quality checks read (lib/quality/types.ts), and as a textarea's maxlength counts. */
export const maxTranslationLength = 5_000;
/** An editor's reason for rejecting, or a comment on a translation. */
export const maxCommentLength = 2_000;
/** A down-vote's reason, shown to the author: a line, not an essay. */
export const maxVoteReasonLength = 500;

type TextErrorCode = Extract<FieldErrorCode, "required" | "tooLong" | "invalidCharacters">;

export type CheckedText = { ok: true; text: string } | { ok: false; code: TextErrorCode };

// A control character (C0 but tab and newline, DEL, C1) or, with the u flag, where a well-formed pair is one code
// point, a lone surrogate half. Two single-character branches: linear in the input.
const forbiddenCharacter = /[^\P{Cc}\t\n]|\p{Cs}/u;
// Browsers send a textarea's line breaks as CRLF (HTML's form submission), so CR is folded rather than refused.
const carriageReturn = /\r\n?/g;

/**
 * The text as stored: line breaks as "\n", no leading or trailing white space. Run the quality checks on this.
 * @example normalizeText("  Astana\r\nis  ") // "Astana\nis"
 */
export function normalizeText(value: string): string {
  return value.replace(carriageReturn, "\n").trim();
}

/**
 * Checks and normalizes free text up to `maxLength` UTF-16 code units (counted after trimming). A forbidden
 * character is reported first, as the one thing trimming or shortening would not fix.
 * @example checkText(" Hello ", 10) // { ok: true, text: "Hello" }
 * @example checkText(" \n ", 10) // { ok: false, code: "required" }
 * @example checkText("a\u0000b", 10) // { ok: false, code: "invalidCharacters" }
 */
export function checkText(value: string, maxLength: number): CheckedText {
  const text = normalizeText(value);
  if (forbiddenCharacter.test(text)) return { ok: false, code: "invalidCharacters" };
  if (text.length === 0) return { ok: false, code: "required" };
  if (text.length > maxLength) return { ok: false, code: "tooLong" };
  return { ok: true, text };
}

/**
 * @example checkTranslationText("Le corridor médian") // { ok: true, text: "Le corridor médian" }
 */
export function checkTranslationText(value: string): CheckedText {
  return checkText(value, maxTranslationLength);
}

/** A zod string of at most `maxLength` that parses to the normalized text; its issue message is the error code. */
export function checkedTextSchema(maxLength: number) {
  return z.string().transform((value, context) => {
    const checked = checkText(value, maxLength);
    if (checked.ok) return checked.text;
    context.addIssue({ code: "custom", message: checked.code });
    return z.NEVER;
  });
}

/** A translation's text at the server's boundary: `translationTextSchema.safeParse(body.text)`. */
export const translationTextSchema = checkedTextSchema(maxTranslationLength);
