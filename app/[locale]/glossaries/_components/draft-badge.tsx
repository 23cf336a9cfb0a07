import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Marks a glossary readers do not see yet; only editors and admins are shown drafts. */
export function DraftBadge() {
  const t = useTranslations("glossaries.lifecycle");
  return <Badge tone="warning">{t("draft")}</Badge>;
}
