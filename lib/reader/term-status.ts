// How recommended a term's status is, for the reader: which form a mark reports and which forms it flags.
// Kept apart from the matcher so that client code can use it without bundling the matcher.
import type { TermStatus } from "../glossary/types";

const statusRank: Record<TermStatus, number> = {
  preferred: 0,
  admitted: 1,
  deprecated: 2,
  superseded: 3,
  forbidden: 4,
};

/**
 * The more recommended of two statuses.
 * @example betterStatus("deprecated", "admitted") // "admitted"
 */
export const betterStatus = (a: TermStatus, b: TermStatus): TermStatus => (statusRank[a] <= statusRank[b] ? a : b);

/** Orders terms recommended first. */
export const byStatus = (a: { status: TermStatus }, b: { status: TermStatus }) =>
  statusRank[a.status] - statusRank[b.status];

/**
 * Whether a reader should be told a form is not one to use: deprecated, superseded or forbidden.
 * @example isFlaggedStatus("superseded") // true; isFlaggedStatus("admitted") // false
 */
export const isFlaggedStatus = (status: TermStatus) => statusRank[status] >= statusRank.deprecated;
