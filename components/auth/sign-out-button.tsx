"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import { useToast } from "../ui/toast";
import { authClient } from "./auth-client";

/** Ends this session, then re-renders the page as anonymous (a page that needs an account redirects). */
export function SignOutButton({ className }: { className: string }) {
  const t = useTranslations("AccountNav");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const toast = useToast();
  return (
    <button
      type="button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          await authClient.signOut();
          toast(t("signedOut"));
          router.refresh();
        })
      }
      className={className}
    >
      {isPending ? t("signingOut") : t("signOut")}
    </button>
  );
}
