export type NoticeTone = "info" | "success" | "warning" | "danger";

// The tint and border say the tone; the text stays `ink` (or `danger`), which keeps 4.5:1 on every soft tint.
const tones: Record<NoticeTone, string> = {
  info: "border-accent bg-accent-soft text-ink",
  success: "border-success bg-success-soft text-ink",
  warning: "border-warning bg-warning-soft text-ink",
  danger: "border-danger bg-danger-soft text-danger",
};

/**
 * The classes of a notice box: a saved message, an import's result, a conflict. A class helper rather than a
 * component, because notices are live regions that also take a ref, a role and focus, and some turn `sr-only` when
 * empty so that the region exists before its message arrives.
 */
export function noticeClasses(tone: NoticeTone, className = "") {
  return `rounded-md border p-3 ${tones[tone]} ${className}`.trim();
}
