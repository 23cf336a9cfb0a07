import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Role } from "@/lib/auth/permissions";
import { menuItemClass } from "../ui/menu";

/**
 * The pages a role adds to the account menu: term candidates for editors, users and the audit log for admins.
 * The server checks every one of them; this only shows the way.
 */
export function RoleNav({ role }: { role: Role }) {
  const t = useTranslations("RoleNav");
  const links = [
    ...(role === "editor" || role === "admin" ? [{ href: "/term-candidates", label: t("termCandidates") }] : []),
    ...(role === "admin"
      ? [
          { href: "/admin/users", label: t("users") },
          { href: "/admin/audit", label: t("auditLog") },
        ]
      : []),
  ];
  return links.map((link) => (
    <li key={link.href}>
      <Link href={link.href} className={menuItemClass}>
        {link.label}
      </Link>
    </li>
  ));
}
