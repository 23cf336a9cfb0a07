import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { SignOutButton } from "./sign-out-button";

const linkClass = "text-blue-800 underline-offset-4 hover:underline dark:text-blue-300";

/** The header's account corner: a sign-in link, or who is signed in and a sign-out button. */
export function AccountNav({ user }: { user: { name: string } | null }) {
  const t = useTranslations("AccountNav");
  if (!user) {
    return (
      <Link href="/sign-in" className={linkClass}>
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3">
      <span className="text-sm">
        {t.rich("signedInAs", {
          name: user.name,
          account: (chunks) => (
            <Link href="/account/password" className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </span>
      <SignOutButton />
    </div>
  );
}
