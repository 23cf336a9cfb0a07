// Text both databases store and give back unchanged: no NUL (PostgreSQL's text type refuses it) and no
// lone UTF-16 surrogate (no UTF-8 form exists, so the round trip through SQLite or PostgreSQL breaks).
import { z } from "zod";

/** The field error code of a string with such characters (lib/validation/field-errors.ts). */
export const UNSTORABLE_TEXT_CODE = "invalidCharacters";

// With the u flag a well-formed surrogate pair is one code point, so \p{Cs} matches only a lone half.
const unstorable = /[\0\p{Cs}]/u;

/** Whether `value` can be stored as text: `isStorableText("Астана")` is true, `isStorableText("a\u0000")` false. */
export function isStorableText(value: string): boolean {
  return !unstorable.test(value);
}

/**
 * z.string() that refuses unstorable text with UNSTORABLE_TEXT_CODE; chain length rules and trimming after it:
 * `storableString().trim().min(1, "required")`.
 */
export function storableString() {
  return z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_CODE });
}

type Visit = { value: unknown; key?: string | number; parent?: Visit };

/** The keys from the root down to `visit`. */
function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

/**
 * The path of the first unstorable string anywhere in a parsed JSON or form value (keys included), or
 * undefined. Iterative and linear, so that a body nested thousands of levels deep cannot overflow the stack.
 */
export function findUnstorableText(value: unknown): (string | number)[] | undefined {
  const pending: Visit[] = [{ value }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const current = visit.value;
    if (typeof current === "string") {
      if (!isStorableText(current)) return pathOf(visit);
    } else if (Array.isArray(current)) {
      current.forEach((item, key) => pending.push({ value: item, key, parent: visit }));
    } else if (current !== null && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        if (!isStorableText(key)) return [...pathOf(visit), key];
        pending.push({ value: item, key, parent: visit });
      }
    }
  }
  return undefined;
}
