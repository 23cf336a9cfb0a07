import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Role } from "@/lib/auth/permissions";

const linkClass = "text-blue-800 underline-offset-4 hover:underline dark:text-blue-300";

/**
 * What the viewer's role adds to the header: a marker for contributors, editors and admins, and
 * the pages that exist for the role: term candidates for editors, users and the audit log for admins.
 * The server checks every one of them; this only shows the way.
 */
export function RoleNav({ role }: { role: Role }) {
  const t = useTranslations("RoleNav");
  const roleName = useTranslations("Roles");
  if (role === "reader") return null;
  return (
    <>
      <span className="rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-semibold tracking-wide text-amber-900 uppercase dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
        {roleName(role)}
      </span>
      {(role === "editor" || role === "admin") && (
        <Link href="/term-candidates" className={linkClass}>
          {t("termCandidates")}
        </Link>
      )}
      {role === "admin" && (
        <>
          <Link href="/admin/users" className={linkClass}>
            {t("users")}
          </Link>
          <Link href="/admin/audit" className={linkClass}>
            {t("auditLog")}
          </Link>
        </>
      )}
    </>
  );
}
