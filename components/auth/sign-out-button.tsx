"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import { authClient } from "./auth-client";

/** Ends this session, then re-renders the page as anonymous (a page that needs an account redirects). */
export function SignOutButton() {
  const t = useTranslations("AccountNav");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await authClient.signOut();
          router.refresh();
        })
      }
      className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
    >
      {isPending ? t("signingOut") : t("signOut")}
    </button>
  );
}
