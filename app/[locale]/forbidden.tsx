import { useTranslations } from "next-intl";
import { StatusMessage } from "./_components/status-message";

// Its own title, also given by the gated pages' metadata (refusedMetadata in require-viewer.ts).
export { forbiddenMetadata as generateMetadata } from "./_components/require-viewer";

/** Shown with status 403 when a page calls forbidden() (app/[locale]/_components/require-viewer.ts). */
export default function Forbidden() {
  const t = useTranslations("Forbidden");
  return <StatusMessage title={t("title")} body={t("body")} back={t("back")} />;
}
