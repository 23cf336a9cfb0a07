"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, type DialogHandle } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { useRouter } from "@/i18n/navigation";
import { confirmsDeletion } from "@/lib/glossary/delete-confirmation";
import { deleteGlossaryAction } from "@/server/glossaries/actions";

/**
 * Deleting a glossary takes every entry, its history and the proposals with it, and cannot be undone: the modal
 * Dialog asks for the glossary's name, typed, before its button does anything (the server checks it again).
 * Focus starts in the name field and returns to the trigger on Escape or Cancel; after a delete, the list opens.
 */
export function DeleteGlossaryDialog({ glossaryId, name }: { glossaryId: string; name: string }) {
  const t = useTranslations("glossaries.lifecycle");
  const errorText = useTranslations("Errors");
  const common = useTranslations("Common");
  const router = useRouter();
  const dialogRef = useRef<DialogHandle>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const isConfirmed = confirmsDeletion(name, typed);

  function open() {
    setTyped("");
    setError(null);
    dialogRef.current?.open();
    inputRef.current?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isConfirmed) return;
    startTransition(async () => {
      const result = await deleteGlossaryAction(null, { glossaryId, confirmName: typed }).catch(() => ({
        ok: false as const,
        code: "INTERNAL" as const,
      }));
      if (result.ok) {
        router.replace("/glossaries");
        router.refresh();
      } else setError(result.code === "NOT_FOUND" ? t("deleteGone") : errorText(result.code));
    });
  }

  return (
    <>
      <Button ref={triggerRef} type="button" onClick={open} variant="secondary" size="sm">
        {t("delete")}
      </Button>
      <Dialog
        ref={dialogRef}
        title={t("deleteTitle")}
        closeLabel={common("close")}
        description={t("deleteBody", { name })}
        onClose={() => triggerRef.current?.focus()}
      >
        <form onSubmit={submit} className="space-y-4">
          <TextField
            ref={inputRef}
            name="confirmName"
            label={t("deleteTypeName", { name })}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {error && (
            <p role="alert" className="rounded-md border border-danger bg-danger-soft p-3 text-danger">
              {error}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
              {common("cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={!isConfirmed || isPending}>
              {isPending ? t("deleting") : t("deleteConfirm")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
