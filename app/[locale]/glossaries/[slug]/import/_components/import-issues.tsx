"use client";

import type { ImportIssue } from "@/lib/formats/import-report";
import type { GlossaryIssueCode } from "@/lib/formats/read-glossary-file";
import { useIssueText } from "./use-issue-text";

/** The file's errors (not imported) or warnings (imported differently), each with its line and element. */
export function ImportIssues({
  heading,
  issues,
  tone,
}: {
  heading: string;
  issues: ImportIssue<GlossaryIssueCode>[];
  tone: "error" | "warning";
}) {
  const text = useIssueText();
  if (issues.length === 0) return null;
  const border = tone === "error" ? "border-danger" : "border-warning";
  return (
    <section className={`space-y-2 border-l-4 pl-3 ${border}`}>
      <h3 className="font-semibold">{heading}</h3>
      <ul className="space-y-2">
        {issues.map((issue, index) => (
          <li key={index} className="text-sm">
            {/* Spaces between the parts: a screen reader reads the item as one line. */}
            {text.line(issue) && <span className="font-semibold">{text.line(issue)} </span>}
            {issue.element && <code className="rounded bg-sunken px-1 break-all">{issue.element}</code>}
            {issue.element && " "}
            <span>{text.message(issue)}</span>
            {text.count(issue) && <span className="text-ink-muted"> ({text.count(issue)})</span>}
            {text.terms(issue) && <span className="block text-ink-muted">{text.terms(issue)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
