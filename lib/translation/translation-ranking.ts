// Which translation a reader sees for a sentence in a target language, how votes add up to a score, and how far the
// library's translation has come in each language. Pure: callers pass the rows, nothing here reads a clock.
import { normalizeLanguageTag } from "../language/language-tags";

export type TranslationStatus = "pending" | "approved" | "rejected" | "superseded";
export type TranslationVote = { userId: string; value: 1 | -1 };

export type RankedTranslation = {
  id: string;
  status: TranslationStatus;
  score: number;
  createdAt: Date;
  /** When an editor approved it; without it the creation time stands in. */
  approvedAt?: Date | null;
};

export type LanguageProgress = { language: string; approved: number; translated: number; total: number };

/**
 * A translation's score: +1 or −1 per user. A user counts once; when the same user appears twice (a changed vote
 * read together with the old one), the later vote in the list is the one that counts.
 * @example scoreVotes([{ userId: "a", value: 1 }, { userId: "b", value: -1 }, { userId: "c", value: 1 }]) // 1
 */
export function scoreVotes(votes: readonly TranslationVote[]): number {
  const byUser = new Map<string, 1 | -1>();
  for (const vote of votes) byUser.set(vote.userId, vote.value);
  let score = 0;
  for (const value of byUser.values()) score += value;
  return score;
}

// Ids are compared by code unit, not with localeCompare, so the order is the same on every server and locale.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function approvalTime(translation: RankedTranslation): number {
  return (translation.approvedAt ?? translation.createdAt).getTime();
}

/** Latest approval first; then the newer translation; then the id, so the choice never depends on input order. */
function compareApproved(a: RankedTranslation, b: RankedTranslation): number {
  return approvalTime(b) - approvalTime(a) || b.createdAt.getTime() - a.createdAt.getTime() || compareIds(b.id, a.id);
}

/** Best score first; on a tie the older one, which readers have had longer to vote on; then the id. */
function comparePending(a: RankedTranslation, b: RankedTranslation): number {
  return b.score - a.score || a.createdAt.getTime() - b.createdAt.getTime() || compareIds(a.id, b.id);
}

function best<T>(candidates: readonly T[], compare: (a: T, b: T) => number): T | null {
  let chosen: T | null = null;
  for (const candidate of candidates) if (chosen === null || compare(candidate, chosen) < 0) chosen = candidate;
  return chosen;
}

/**
 * The translation a reader sees, from all translations of one sentence into one language: the approved one; else the
 * best-scored pending one; else none ("not translated yet"). Rejected and superseded translations are never shown.
 *
 * An editor's approval outranks votes, so an approved translation is shown whatever its score. A pending one is
 * shown only with a score of zero or more: a net downvote means more readers judged it wrong than right, and showing
 * it under a "translation" label would mislead more than an honest "not translated yet" (it stays visible to
 * contributors on the review side). Two approved ones should not happen; if they do, the latest approval wins.
 * @example chooseShownTranslation([
 *   { id: "t1", status: "pending", score: 2, createdAt: new Date("2026-01-02") },
 *   { id: "t2", status: "pending", score: 2, createdAt: new Date("2026-01-01") },
 * ]) // t2: same score, older
 */
export function chooseShownTranslation<T extends RankedTranslation>(candidates: readonly T[]): T | null {
  const approved = best(
    candidates.filter((translation) => translation.status === "approved"),
    compareApproved,
  );
  if (approved) return approved;
  return best(
    candidates.filter((translation) => translation.status === "pending" && translation.score >= 0),
    comparePending,
  );
}

/**
 * The shown translation of every sentence and target language among `translations`, as sentence id → language tag
 * → translation. Language tags are taken as they are stored, the way the reader asks for one.
 * @example chooseShownTranslations(rows).get("segment-1")?.get("en")
 */
export function chooseShownTranslations<T extends RankedTranslation & { segmentId: string; language: string }>(
  translations: readonly T[],
): Map<string, Map<string, T>> {
  const grouped = new Map<string, Map<string, T[]>>();
  for (const translation of translations) {
    let byLanguage = grouped.get(translation.segmentId);
    if (!byLanguage) grouped.set(translation.segmentId, (byLanguage = new Map()));
    const candidates = byLanguage.get(translation.language);
    if (candidates) candidates.push(translation);
    else byLanguage.set(translation.language, [translation]);
  }
  const shown = new Map<string, Map<string, T>>();
  for (const [segmentId, byLanguage] of grouped) {
    for (const [language, candidates] of byLanguage) {
      const chosen = chooseShownTranslation(candidates);
      if (!chosen) continue;
      let shownByLanguage = shown.get(segmentId);
      if (!shownByLanguage) shown.set(segmentId, (shownByLanguage = new Map()));
      shownByLanguage.set(language, chosen);
    }
  }
  return shown;
}

/**
 * The library's progress in each of `languages`: of the sentences written in another language (`total`), how many
 * have an approved translation into it, and how many have any live one (pending or approved, whatever its score).
 * Languages are compared by primary language (`normalizeLanguageTag`: "fr-FR" is "fr", "zh-TW" is "zh-Hant"), so a
 * French sentence needs no French translation; translations of sentences not listed are left out.
 * @example countTranslationProgress({ segments: [{ id: "s1", language: "fr" }], languages: ["en"],
 *   translations: [{ segmentId: "s1", language: "en", status: "pending" }] })
 * // [{ language: "en", approved: 0, translated: 1, total: 1 }]
 */
export function countTranslationProgress(input: {
  segments: readonly { id: string; language: string }[];
  translations: readonly { segmentId: string; language: string; status: TranslationStatus }[];
  languages: readonly string[];
}): LanguageProgress[] {
  const sourceLanguageOf = new Map(
    input.segments.map((segment) => [segment.id, normalizeLanguageTag(segment.language)]),
  );
  const sentencesWrittenIn = new Map<string, number>();
  for (const language of sourceLanguageOf.values()) {
    sentencesWrittenIn.set(language, (sentencesWrittenIn.get(language) ?? 0) + 1);
  }
  const languages = [...new Set(input.languages.map(normalizeLanguageTag))];
  const approved = new Map(languages.map((language) => [language, new Set<string>()]));
  const translated = new Map(languages.map((language) => [language, new Set<string>()]));
  for (const translation of input.translations) {
    if (translation.status === "rejected" || translation.status === "superseded") continue;
    const language = normalizeLanguageTag(translation.language);
    const sourceLanguage = sourceLanguageOf.get(translation.segmentId);
    if (sourceLanguage === undefined || sourceLanguage === language) continue;
    translated.get(language)?.add(translation.segmentId);
    if (translation.status === "approved") approved.get(language)?.add(translation.segmentId);
  }
  return languages.map((language) => ({
    language,
    approved: approved.get(language)?.size ?? 0,
    translated: translated.get(language)?.size ?? 0,
    total: sourceLanguageOf.size - (sentencesWrittenIn.get(language) ?? 0),
  }));
}
