import { useTranslations } from "next-intl";
import { StatusMessage } from "./_components/status-message";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return <StatusMessage title={t("title")} body={t("body")} back={t("back")} />;
}
