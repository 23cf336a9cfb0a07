import { useTranslations } from "next-intl";
import { StatusMessage } from "./_components/status-message";

/** Shown with status 403 when a page calls forbidden() (app/[locale]/_components/require-viewer.ts). */
export default function Forbidden() {
  const t = useTranslations("Forbidden");
  return <StatusMessage title={t("title")} body={t("body")} back={t("back")} />;
}
