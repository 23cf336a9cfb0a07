import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TermStatus } from "@/lib/glossary/types";

// The label says the status; the tone only repeats it (preferred is good news, forbidden a stop sign).
const toneOf: Record<TermStatus, BadgeTone> = {
  preferred: "success",
  admitted: "accent",
  deprecated: "warning",
  superseded: "neutral",
  forbidden: "danger",
};

/**
 * A term's status as a small badge; `label` is the translated status name. `warn` adds a warning sign (hidden from
 * screen readers, which hear the label) where a reader should think twice before using the term.
 */
export function TermStatusBadge({
  status,
  label,
  warn = false,
}: {
  status: TermStatus;
  label: string;
  warn?: boolean;
}) {
  return (
    <Badge tone={toneOf[status]}>
      {/* The space is for text copies; in the flex badge the margin makes the gap. */}
      {warn && (
        <span aria-hidden="true" className="me-1">
          {"⚠ "}
        </span>
      )}
      {label}
    </Badge>
  );
}
