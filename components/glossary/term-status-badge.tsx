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

/** A term's status as a small badge; `label` is the translated status name. */
export function TermStatusBadge({ status, label }: { status: TermStatus; label: string }) {
  return <Badge tone={toneOf[status]}>{label}</Badge>;
}
