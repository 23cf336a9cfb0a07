import { useTranslations } from "next-intl";
import type { TextPiece } from "@/lib/reader/term-marks";
import { isFlaggedStatus } from "@/lib/reader/term-status";

/**
 * A sentence with its glossary terms marked. Each mark is a button-like element outside the tab order; the
 * SegmentHighlighter makes the marks of the focused sentence tabbable and TermPopover opens them.
 */
export function MarkedText({ pieces }: { pieces: TextPiece[] }) {
  const t = useTranslations("termMarks");
  return pieces.map((piece, index) => {
    const { mark } = piece;
    if (!mark) return piece.text;
    return (
      <span
        key={index}
        role="button"
        tabIndex={-1}
        aria-haspopup="dialog"
        aria-expanded="false"
        aria-label={t("markName", { term: piece.text, status: isFlaggedStatus(mark.status) ? mark.status : "other" })}
        className="term-mark"
        data-term=""
        data-concepts={mark.conceptIds.join(" ")}
        data-term-status={mark.status}
      >
        {piece.text}
      </span>
    );
  });
}
