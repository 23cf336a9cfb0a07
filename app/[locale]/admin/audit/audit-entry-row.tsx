import { useTranslations } from "next-intl";
import { Td } from "@/components/ui/table";
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
      case "glossary.publish":
        return t("glossaryPublish", { name: text("name") });
      case "glossary.unpublish":
        return t("glossaryUnpublish", { name: text("name") });
      case "glossary.delete":
        return t("glossaryDelete", {
          name: text("name"),
          entries: count("entries"),
          proposals: count("proposals"),
        });
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
      case "termCandidate.dismiss":
        return t("termCandidateDismiss");
      case "termCandidate.restore":
        return t("termCandidateRestore");
      default:
        return t("otherAction", { action: entry.action });
    }
  }

  /** The target by name: a link while it exists, else the name it had (said to be deleted), never a bare id. */
  function target(): React.ReactNode {
    const label = entry.targetLabel;
    if (entry.targetType === "proposal" && label !== null) return t("proposalTarget", { term: label });
    if (entry.targetType === "termCandidate" && label !== null) return t("candidateTarget", { text: label });
    if (entry.targetGlossaryItem) {
      return (
        <Link href={entry.targetGlossaryItem.href} className="text-accent underline-offset-4 hover:underline">
          {entry.targetGlossaryItem.label}
        </Link>
      );
    }
    if (entry.targetUser) return `${entry.targetUser.name} <${entry.targetUser.email}>`;
    if (label) return t("deletedTarget", { type: entry.targetType, label });
    if (entry.targetType === "user") return t("deletedUser");
    return t("otherTarget", { type: entry.targetType, id: entry.targetId });
  }

  return (
    <tr>
      <Td>
        <time dateTime={entry.createdAt.toISOString()}>{when}</time>
      </Td>
      <Td>{entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : t("system")}</Td>
      <Td>{what()}</Td>
      <Td>{target()}</Td>
    </tr>
  );
}
