import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Role } from "@/lib/auth/permissions";
import { RoleNav } from "./role-nav";
import { SignOutButton } from "./sign-out-button";

const linkClass = "text-blue-800 underline-offset-4 hover:underline dark:text-blue-300";

/** The header's account corner: a sign-in link, or who is signed in, their role's links and sign-out. */
export function AccountNav({ user }: { user: { name: string; role: Role } | null }) {
  const t = useTranslations("AccountNav");
  if (!user) {
    return (
      <Link href="/sign-in" className={linkClass}>
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <RoleNav role={user.role} />
      <span className="text-sm">
        {t.rich("signedInAs", {
          name: user.name,
          // Underlined: inside a sentence, color alone does not mark a link (WCAG 1.4.1).
          account: (chunks) => (
            <Link href="/account" className={`${linkClass} underline`}>
              {chunks}
            </Link>
          ),
        })}
      </span>
      <SignOutButton />
    </div>
  );
}
