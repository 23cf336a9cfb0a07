"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import type { ConceptDraftField, TermDraft, TermDraftField } from "@/lib/glossary/concept-draft";
import type { ChangedBy, DraftDifference } from "@/lib/glossary/draft-conflict";
import { useGlossaryText } from "./use-glossary-text";

/** "choose": nothing decided yet; then the form holds the re-applied edits or the saved version. */
export type ConflictMode = "choose" | "reapplied" | "reloaded";

type Props = {
  differences: DraftDifference[];
  version: number;
  mode: ConflictMode;
  onReapply: () => void;
  onReload: () => void;
  onDismiss: () => void;
  headingLevel: 2 | 3 | 4;
};

/**
 * Another editor saved first: what differs between this form and the saved version, who changed it, and the two
 * ways on. The editor's own values stay listed until they close this, whichever way they chose.
 */
export function ConflictPanel({ differences, version, mode, onReapply, onReload, onDismiss, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations("glossaries.conflict");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), [mode]);
  return (
    <section aria-labelledby={headingId} className={noticeClasses("warning", "flex flex-col gap-3 p-4")}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t("title")}
      </Heading>
      <p role="status">
        {mode === "choose"
          ? t("body", { version })
          : mode === "reapplied"
            ? t("reapplied", { version })
            : t("reloaded", { version })}
      </p>
      {differences.length === 0 ? <p>{t("noDifference")}</p> : <DifferenceTable differences={differences} />}
      <div className="flex flex-wrap gap-3">
        {mode === "choose" ? (
          <>
            <Button type="button" onClick={onReapply} variant="secondary" size="sm">
              {t("reapply")}
            </Button>
            <Button type="button" onClick={onReload} variant="secondary" size="sm">
              {t("reload")}
            </Button>
          </>
        ) : (
          <Button type="button" onClick={onDismiss} variant="secondary" size="sm">
            {t("dismiss")}
          </Button>
        )}
      </div>
    </section>
  );
}

function DifferenceTable({ differences }: { differences: DraftDifference[] }) {
  const t = useTranslations("glossaries.conflict");
  const text = useGlossaryText();
  const fieldLabel = useTranslations("glossaries.form.field");
  const statusName = useTranslations("glossaries.status");
  const label = (difference: DraftDifference) => {
    switch (difference.kind) {
      case "field":
        return fieldLabel(difference.field);
      case "termField":
        return t("termField", {
          field: fieldLabel(difference.field),
          term: difference.term.text,
          language: difference.term.language,
        });
      case "termOnlyMine":
      case "termOnlyTheirs":
        return t("term", { term: difference.term.text, language: difference.term.language });
    }
  };
  const value = (field: ConceptDraftField | TermDraftField, raw: string) =>
    raw === "" ? <span className="italic">{text.valueText(field, raw)}</span> : text.valueText(field, raw);
  const termSummary = (term: TermDraft) => `${term.text} (${term.language}) · ${statusName(term.status)}`;
  const absent = <span className="italic">{t("absent")}</span>;
  return (
    <Table label={t("caption")}>
      <thead>
        <tr>
          <Th>{t("what")}</Th>
          <Th>{t("yours")}</Th>
          <Th>{t("saved")}</Th>
        </tr>
      </thead>
      <tbody>
        {differences.map((difference, index) => (
          <tr key={index}>
            <th scope="row" className="border-b border-line px-3 py-2 align-top font-medium">
              {label(difference)}
              <ChangedByNote changedBy={difference.changedBy} />
            </th>
            <Td className="whitespace-pre-wrap">
              {difference.kind === "termOnlyTheirs"
                ? absent
                : difference.kind === "termOnlyMine"
                  ? termSummary(difference.term)
                  : value(difference.field, difference.mine)}
            </Td>
            <Td className="whitespace-pre-wrap">
              {difference.kind === "termOnlyMine"
                ? absent
                : difference.kind === "termOnlyTheirs"
                  ? termSummary(difference.term)
                  : value(difference.field, difference.theirs)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ChangedByNote({ changedBy }: { changedBy: ChangedBy }) {
  const t = useTranslations("glossaries.conflict");
  const note = changedBy === "me" ? t("changedByMe") : changedBy === "them" ? t("changedByThem") : t("changedByBoth");
  return <span className="block text-xs font-normal">{note}</span>;
}
