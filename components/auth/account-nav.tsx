import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Role } from "@/lib/auth/permissions";
import { Badge } from "../ui/badge";
import { buttonClasses } from "../ui/button";
import { Menu, menuItemClass } from "../ui/menu";
import { RoleNav } from "./role-nav";
import { SignOutButton } from "./sign-out-button";

type Props = { user: { name: string; role: Role } | null; placement: "bar" | "menu" };

/**
 * The header's account corner: a sign-in link, or who is signed in with their account, their role's pages and
 * sign-out. In the bar (md and up) these sit in an account menu; in the phone menu they are listed inline.
 */
export function AccountNav({ user, placement }: Props) {
  const t = useTranslations("AccountNav");
  const roleName = useTranslations("Roles");
  if (!user) {
    return (
      <Link
        href="/sign-in"
        className={placement === "bar" ? buttonClasses({ variant: "secondary", size: "sm" }) : menuItemClass}
      >
        {t("signIn")}
      </Link>
    );
  }
  const items = (
    <>
      <p className="px-3 py-2 text-sm text-ink-muted">
        {t.rich("signedInAs", {
          name: user.name,
          account: (chunks) => <span className="font-semibold text-ink">{chunks}</span>,
        })}
        {user.role !== "reader" && (
          <>
            {" "}
            <Badge tone="warning">{roleName(user.role)}</Badge>
          </>
        )}
      </p>
      <ul>
        <li>
          <Link href="/account" className={menuItemClass}>
            {t("account")}
          </Link>
        </li>
        <RoleNav role={user.role} />
        <li>
          <SignOutButton className={menuItemClass} />
        </li>
      </ul>
    </>
  );
  if (placement === "menu") return items;
  return (
    <Menu
      label={t("menuLabel")}
      align="end"
      trigger={
        <>
          <span className="max-w-40 truncate">{user.name}</span>
          <ChevronDown aria-hidden="true" size={16} />
        </>
      }
      triggerLabel={t("menuButton", { name: user.name })}
      triggerClassName={buttonClasses({ variant: "ghost", size: "sm" })}
    >
      {items}
    </Menu>
  );
}
