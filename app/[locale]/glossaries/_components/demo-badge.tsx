import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Marks the glossary shipped with the app as demo content. */
export function DemoBadge() {
  const t = useTranslations("glossaries.list");
  return <Badge tone="accent">{t("demo")}</Badge>;
}
