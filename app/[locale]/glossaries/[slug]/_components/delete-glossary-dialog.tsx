"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { TextField } from "@/components/ui/text-field";
import { useRouter } from "@/i18n/navigation";
import { confirmsDeletion } from "@/lib/glossary/delete-confirmation";
import { deleteGlossaryAction } from "@/server/glossaries/actions";
import { smallButtonClass } from "../../_components/term-fieldset";

const dangerButtonClass =
  "rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-60 dark:bg-red-700 dark:hover:bg-red-600";

/**
 * Deleting a glossary takes every entry, its history and the proposals with it, and cannot be undone: the modal
 * <dialog> asks for the glossary's name, typed, before its button does anything (the server checks it again).
 * Focus starts in the name field and returns to the trigger on Escape or Cancel; after a delete, the list opens.
 */
export function DeleteGlossaryDialog({ glossaryId, name }: { glossaryId: string; name: string }) {
  const t = useTranslations("glossaries.lifecycle");
  const errorText = useTranslations("Errors");
  const common = useTranslations("Common");
  const router = useRouter();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const isConfirmed = confirmsDeletion(name, typed);

  function open() {
    setTyped("");
    setError(null);
    dialogRef.current?.showModal();
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
      <button ref={triggerRef} type="button" onClick={open} className={smallButtonClass}>
        {t("delete")}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => triggerRef.current?.focus()}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <form onSubmit={submit} className="space-y-4">
          <h2 id={`${id}-title`} className="text-xl font-semibold">
            {t("deleteTitle")}
          </h2>
          <p id={`${id}-body`}>{t("deleteBody", { name })}</p>
          <TextField
            name="confirmName"
            label={t("deleteTypeName", { name })}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {error && (
            <p
              role="alert"
              className="rounded border border-red-700 bg-red-50 p-3 text-red-800 dark:border-red-400 dark:bg-red-950 dark:text-red-200"
            >
              {error}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-3">
            <button type="button" onClick={() => dialogRef.current?.close()} className={smallButtonClass}>
              {common("cancel")}
            </button>
            <button type="submit" disabled={!isConfirmed || isPending} className={dangerButtonClass}>
              {isPending ? t("deleting") : t("deleteConfirm")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
