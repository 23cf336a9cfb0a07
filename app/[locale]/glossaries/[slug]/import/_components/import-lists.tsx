"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ImportPreview } from "@/lib/glossary/import-preview";
import { usePlanText } from "./use-plan-text";

/** One group of the plan, collapsible when long; `shown` < `total` says the list stops at the server's limit. */
function PlanGroup({
  heading,
  total,
  shown,
  children,
}: {
  heading: string;
  total: number;
  shown: number;
  children: ReactNode;
}) {
  const t = useTranslations("GlossaryImport");
  if (shown === 0) return null;
  return (
    <details open={shown <= 20} className="rounded border border-line">
      <summary className="cursor-pointer px-3 py-2 font-semibold">{heading}</summary>
      <div className="space-y-2 px-3 pb-3">
        {shown < total && <p className="text-sm text-ink-muted">{t("listTruncated", { shown, total })}</p>}
        <ul className="divide-y divide-line">{children}</ul>
      </div>
    </details>
  );
}

function Entry({ label, line, children }: { label: string; line?: number; children: ReactNode }) {
  const t = useTranslations("GlossaryImport");
  return (
    <li className="py-2 text-sm">
      <span className="font-medium">{label || t("unnamedEntry")}</span>
      {line && <span className="text-ink-muted"> · {t("issueContext.atLine", { line })}</span>}
      {children}
    </li>
  );
}

/** What the import will add, change (each change in words) and reject (with its reasons). */
export function ImportLists({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("GlossaryImport");
  const plan = usePlanText();
  return (
    <div className="space-y-3">
      <PlanGroup
        heading={t("toAddHeading", { count: preview.counts.add })}
        total={preview.counts.add}
        shown={preview.add.length}
      >
        {preview.add.map((entry, index) => (
          <Entry key={index} label={entry.label} line={entry.line}>
            <span className="block text-ink-muted">{entry.languages.map(plan.language).join(" · ")}</span>
          </Entry>
        ))}
      </PlanGroup>
      <PlanGroup
        heading={t("toChangeHeading", { count: preview.counts.change })}
        total={preview.counts.change}
        shown={preview.change.length}
      >
        {preview.change.map((entry, index) => (
          <Entry key={index} label={entry.label} line={entry.line}>
            <ul className="mt-1 list-disc space-y-1 pl-5 break-words text-ink-muted">
              {entry.changes.map((change, at) => (
                <li key={at}>{plan.change(change)}</li>
              ))}
            </ul>
          </Entry>
        ))}
      </PlanGroup>
      <PlanGroup
        heading={t("toRejectHeading", { count: preview.counts.reject })}
        total={preview.counts.reject}
        shown={preview.reject.length}
      >
        {preview.reject.map((entry, index) => (
          <Entry key={index} label={entry.label} line={entry.line}>
            <ul className="mt-1 list-disc space-y-1 pl-5 break-words text-danger">
              {entry.reasons.map((reason, at) => (
                <li key={at}>{plan.reason(reason)}</li>
              ))}
            </ul>
          </Entry>
        ))}
      </PlanGroup>
    </div>
  );
}
