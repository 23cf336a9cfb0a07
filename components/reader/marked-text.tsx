import type { TextPiece } from "@/lib/reader/term-marks";
import { isFlaggedStatus } from "@/lib/reader/term-status";

/**
 * A sentence with its glossary terms marked. The server sends the least it can (the reader page is benchmarked):
 * the concepts and, for a form to avoid, its status. TermPopover makes each mark a keyboard-operable button once
 * the page runs, and the SegmentHighlighter puts the marks of the focused sentence in the tab order.
 */
export function MarkedText({ pieces }: { pieces: TextPiece[] }) {
  return pieces.map((piece, index) =>
    piece.mark ? (
      <span
        key={index}
        className="term-mark"
        data-concepts={piece.mark.conceptIds.join(" ")}
        data-flag={isFlaggedStatus(piece.mark.status) ? piece.mark.status : undefined}
      >
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  );
}
