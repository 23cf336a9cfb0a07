// Message keys of the term statuses (namespace termMarks), shared by the marks and the popover.
import type { TermStatus } from "@/lib/glossary/types";

export const termStatusKey = {
  preferred: "statusPreferred",
  admitted: "statusAdmitted",
  deprecated: "statusDeprecated",
  superseded: "statusSuperseded",
  forbidden: "statusForbidden",
} as const satisfies Record<TermStatus, string>;
