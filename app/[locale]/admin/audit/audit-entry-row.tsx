import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { roles, type Role } from "@/lib/auth/permissions";
import type { AuditEntryView } from "@/server/audit/queries";

const isRole = (value: unknown): value is Role => roles.includes(value as Role);

/** One audited change: who, what (translated from its action code), to whom, when. */
export function AuditEntryRow({ entry, when }: { entry: AuditEntryView; when: string }) {
  const t = useTranslations("AuditLog");
  const roleName = useTranslations("Roles");

  function what(): string {
    const { from, to, reason } = entry.details;
    const text = (key: string) => String(entry.details[key] ?? "");
    const count = (key: string) => Number(entry.details[key] ?? 0);
    switch (entry.action) {
      case "user.create":
        return reason ? t("userCreateFirst") : t("userCreate");
      case "user.role.change":
        return isRole(from) && isRole(to)
          ? t("userRoleChange", { from: roleName(from), to: roleName(to) })
          : t("otherAction", { action: entry.action });
      case "user.disable":
        return t("userDisable");
      case "user.enable":
        return t("userEnable");
      case "user.password.reset":
        return t("userPasswordReset");
      case "glossary.create":
        return t("glossaryCreate", { name: text("name") });
      case "glossary.import":
        return t("glossaryImport", { origin: text("origin"), added: count("added"), changed: count("changed") });
      case "concept.create":
        return t("conceptCreate", { term: text("term") });
      case "concept.update":
        return t("conceptUpdate", { version: count("version") });
      case "concept.delete":
        return t("conceptDelete", { term: text("term") });
      case "proposal.accept":
        return t("proposalAccept", { term: text("term") });
      case "proposal.decline":
        return t("proposalDecline", { term: text("term") });
      default:
        return t("otherAction", { action: entry.action });
    }
  }

  function target(): React.ReactNode {
    if (entry.targetGlossaryItem) {
      return (
        <Link
          href={entry.targetGlossaryItem.href}
          className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
        >
          {entry.targetGlossaryItem.label}
        </Link>
      );
    }
    if (entry.targetType !== "user") return t("otherTarget", { type: entry.targetType, id: entry.targetId });
    return entry.targetUser ? `${entry.targetUser.name} <${entry.targetUser.email}>` : t("deletedUser");
  }

  return (
    <tr className="border-b border-stone-200 align-top dark:border-stone-800">
      <td className="py-2 pr-4">
        <time dateTime={entry.createdAt.toISOString()}>{when}</time>
      </td>
      <td className="py-2 pr-4">{entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : t("system")}</td>
      <td className="py-2 pr-4">{what()}</td>
      <td className="py-2 pr-4">{target()}</td>
    </tr>
  );
}
