// Builders shared by the translation lifecycle's tests (lib/translation/translation-*.test.ts).
import type { Role } from "../auth/permissions";
import type { QualityIssue } from "../quality/types";
import type { TranslationStatus } from "../translation/translation-ranking";
import type { StoredTranslation } from "../translation/translation-review";

export const at = new Date("2026-03-01T10:00:00Z");

export const user = (id: string, role: Role, isDisabled = false) => ({ id, role, isDisabled });

/** An error-level check (blocks submission until acknowledged) and a warning (never blocks). */
export const untranslated: QualityIssue = { code: "untranslated", severity: "error", spans: [] };
export const missingNumber: QualityIssue = { code: "numbers.missing", severity: "warning", spans: [] };

export const draft = (text: string, issues: QualityIssue[] = [], acknowledgedErrors = false) => ({
  text,
  issues,
  acknowledgedErrors,
});

/** A translation of sentence s1 into English by "author"; each test file sets its own id, text and version. */
export function storedTranslation(
  status: TranslationStatus,
  overrides: Partial<StoredTranslation> = {},
): StoredTranslation {
  return { id: "t1", segmentId: "s1", language: "en", authorId: "author", status, text: "", version: 1, ...overrides };
}
