// Which rows a numbered page shows, for the admin lists. Pure; a page number from a URL may be
// anything, so it is clamped rather than refused.

export type PageWindow = { page: number; pageCount: number; skip: number; take: number };

/**
 * Example: pageWindow({ page: 3, pageSize: 20, total: 45 }) → { page: 3, pageCount: 3, skip: 40, take: 20 }
 */
export function pageWindow({ page, pageSize, total }: { page: number; pageSize: number; total: number }): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const clamped = Number.isInteger(page) ? Math.min(Math.max(page, 1), pageCount) : 1;
  return { page: clamped, pageCount, skip: (clamped - 1) * pageSize, take: pageSize };
}

/** A `?page=` value as a number; anything else is page 1. */
export function parsePageNumber(value: unknown): number {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
}
