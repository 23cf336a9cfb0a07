"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import { setGlossaryPublishedAction } from "@/server/glossaries/actions";
import { Button } from "@/components/ui/button";

/**
 * Publishes a draft or takes a published glossary back to draft. Neither loses anything and either is undone with
 * the same button, so neither asks for confirmation; the result is announced, the badge follows on refresh.
 */
export function PublishButton({ glossaryId, isDraft }: { glossaryId: string; isDraft: boolean }) {
  const t = useTranslations("glossaries.lifecycle");
  const errorText = useTranslations("Errors");
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [isPending, startTransition] = useTransition();

  function toggle() {
    startTransition(async () => {
      const result = await setGlossaryPublishedAction(null, { glossaryId, isPublished: isDraft }).catch(() => ({
        ok: false as const,
        code: "INTERNAL" as const,
      }));
      setMessage(result.ok ? (result.data.isPublished ? t("published") : t("unpublished")) : errorText(result.code));
      router.refresh();
    });
  }

  return (
    <>
      <Button type="button" onClick={toggle} disabled={isPending} variant="secondary" size="sm">
        {isDraft ? t("publish") : t("unpublish")}
      </Button>
      <p role="status" className="text-sm text-ink-muted">
        {message}
      </p>
    </>
  );
}
