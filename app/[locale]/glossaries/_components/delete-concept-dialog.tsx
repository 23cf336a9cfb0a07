"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, type DialogHandle } from "@/components/ui/dialog";
import { draftFromConcept } from "@/lib/glossary/concept-draft";
import { draftDifferences, readConflictDetails, type DraftDifference } from "@/lib/glossary/draft-conflict";
import { useRouter } from "@/i18n/navigation";
import { deleteConceptAction } from "@/server/glossaries/actions";
import type { EditableEntry } from "./concept-editor";
import { useGlossaryText } from "./use-glossary-text";

type Props = { entry: EditableEntry; onDeleted: () => void };

/**
 * The delete button and its confirmation, a modal Dialog: the browser keeps focus inside it and closes it on
 * Escape; focus returns to the button. A delete names the version the editor saw; when the entry changed
 * meanwhile, the dialog says what changed and offers to delete the saved version.
 */
export function DeleteConceptDialog({ entry, onDeleted }: Props) {
  const t = useTranslations("glossaries.delete");
  const text = useGlossaryText();
  const fieldLabel = useTranslations("glossaries.form.field");
  const errorText = useTranslations("Errors");
  const router = useRouter();
  const common = useTranslations("Common");
  const dialogRef = useRef<DialogHandle>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Once deleted, the button is about to go: the list decides where focus goes instead.
  const isDeletedRef = useRef(false);
  const [version, setVersion] = useState(entry.version);
  const [changes, setChanges] = useState<DraftDifference[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function open() {
    setVersion(entry.version);
    setChanges(null);
    setError(null);
    dialogRef.current?.open();
    // The safe choice first.
    cancelRef.current?.focus();
  }

  function confirm() {
    startTransition(async () => {
      const result = await deleteConceptAction(null, { conceptId: entry.id, version }).catch(() => ({
        ok: false as const,
        code: "INTERNAL" as const,
        conflict: undefined,
      }));
      if (result.ok) {
        isDeletedRef.current = true;
        dialogRef.current?.close();
        onDeleted();
        router.refresh();
        return;
      }
      const details = result.code === "CONFLICT" ? readConflictDetails(result.conflict) : null;
      if (details) {
        setChanges(draftDifferences(entry.draft, entry.draft, draftFromConcept(details.current, details.termIds)));
        setVersion(details.version);
        setError(t("conflict"));
        router.refresh();
      } else setError(result.code === "NOT_FOUND" ? t("gone") : errorText(result.code));
    });
  }

  return (
    <>
      <Button
        ref={triggerRef}
        type="button"
        onClick={open}
        aria-label={t("openLabel", { term: entry.label })}
        variant="secondary"
        size="sm"
      >
        {t("open")}
      </Button>
      <Dialog
        ref={dialogRef}
        title={t("title")}
        closeLabel={common("close")}
        description={t("body", { term: entry.label, count: entry.draft.terms.length })}
        onClose={() => {
          if (!isDeletedRef.current) triggerRef.current?.focus();
        }}
        footer={
          <>
            <Button ref={cancelRef} variant="secondary" onClick={() => dialogRef.current?.close()}>
              {t("cancel")}
            </Button>
            <Button variant="danger" onClick={confirm} disabled={isPending}>
              {isPending ? t("deleting") : changes ? t("confirmSaved", { version }) : t("confirm")}
            </Button>
          </>
        }
      >
        {error && (
          <div role="alert" className="rounded-md border border-danger bg-danger-soft p-3 text-danger">
            <p>{error}</p>
            {changes && changes.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {changes.map((change, index) => (
                  <li key={index}>{changeLine(change, t, fieldLabel, text)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </Dialog>
    </>
  );
}

function changeLine(
  change: DraftDifference,
  t: ReturnType<typeof useTranslations<"glossaries.delete">>,
  fieldLabel: ReturnType<typeof useTranslations<"glossaries.form.field">>,
  text: ReturnType<typeof useGlossaryText>,
) {
  switch (change.kind) {
    case "field":
      return t("changedField", {
        field: fieldLabel(change.field),
        value: text.valueText(change.field, change.theirs),
      });
    case "termField":
      return t("changedTermField", {
        field: fieldLabel(change.field),
        term: change.term.text,
        value: text.valueText(change.field, change.theirs),
      });
    case "termOnlyTheirs":
      return t("addedTerm", { term: change.term.text, language: change.term.language });
    case "termOnlyMine":
      return t("removedTerm", { term: change.term.text, language: change.term.language });
  }
}
